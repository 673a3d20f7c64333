import * as v from 'valibot';
import { pagesOnly, type MessageDecl } from '../../protocol/define';
import type { EscalationAttempt } from '../declare/declare';

export const escalateMessages = {
  'incident/escalate': pagesOnly(
    v.strictObject({
      role: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
      channel: v.picklist(['slack', 'call', 'page']),
      title: v.pipe(v.string(), v.maxLength(500)),
      why: v.pipe(v.string(), v.minLength(10, 'Say why this is a major incident (at least a sentence)'), v.maxLength(5000)),
    }),
  ),
} as const satisfies Record<string, MessageDecl>;

export interface EscalateResponses {
  'incident/escalate': EscalationAttempt & { telLink?: string; slackUrl?: string };
}
