import * as v from 'valibot';
import { empty, fromSidebar, pagesOnly, type MessageDecl } from '../../protocol/define';
import { SERVICES, type ServiceId } from '../../core/service-id';

export const connectionMessages = {
  'connections/get': fromSidebar(empty),
  /** the sidebar may sign in (to Google, when the doc needs it), never out */
  'connections/connect': fromSidebar(v.strictObject({ service: v.picklist(SERVICES) })),
  'connections/disconnect': pagesOnly(v.strictObject({ service: v.picklist(SERVICES) })),
  'connections/token': pagesOnly(
    v.strictObject({
      service: v.picklist(['gitlab']),
      token: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9_.-]{20,200}$/, 'That does not look like a GitLab personal access token')),
    }),
  ),
  'connections/webhook': pagesOnly(
    v.strictObject({
      url: v.pipe(
        v.string(),
        v.trim(),
        v.regex(
          /^https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/-]{10,200}$/,
          'A Slack incoming webhook URL starts with https://hooks.slack.com/services/',
        ),
      ),
    }),
  ),
} as const satisfies Record<string, MessageDecl>;

export interface ConnectionState {
  connected: boolean;
  /** how: a sign-in, a personal access token, or an incoming webhook */
  via?: 'oauth' | 'token' | 'webhook';
  /** when the token was obtained, UTC ISO 8601 */
  since?: string;
}

export interface ConnectionResponses {
  'connections/get': Record<ServiceId, ConnectionState>;
  'connections/connect': ConnectionState;
  'connections/disconnect': ConnectionState;
  'connections/token': ConnectionState;
  'connections/webhook': ConnectionState;
}
