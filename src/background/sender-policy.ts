// Who may send what. Content scripts run inside pages we do not control, so a compromised page
// context must not be able to change settings, tokens or roles, or act on another incident: from
// a Docs tab only that doc's own incident, from Slack only the banner.
import { editorDocumentId } from '../core/doc-url';
import type { MessageType } from '../messages';
import type { Sender } from './router';

const FROM_DOC_TAB = new Set<MessageType>([
  'ping',
  'connections/get',
  'connections/connect',
  'doc/status',
  'sidebar/get',
  'incident/adopt',
  'timeline/preview',
  'timeline/add',
  'redaction/allow',
  'redaction/review',
  'redaction/apply',
  'impact/save',
  'live/decide',
  'incident/resolve',
  'export/markdown',
  'export/json',
]);
const FROM_SLACK_TAB = new Set<MessageType>(['ping', 'incident/banner']);

/**
 * Returns why a message is refused, or undefined when the sender may send it.
 * `documentOfIncident` tells which doc an incident's is (from the outbox).
 */
export async function refusal(
  type: MessageType,
  payload: unknown,
  sender: Sender,
  extensionId: string,
  documentOfIncident: (incidentId: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  if (sender.url?.startsWith(`chrome-extension://${extensionId}/`)) return undefined;
  let host = '';
  try {
    host = new URL(sender.url ?? '').hostname;
  } catch {
    return 'Messages are accepted only from Incident Desk pages and its content scripts.';
  }
  if (host === 'app.slack.com') return FROM_SLACK_TAB.has(type) ? undefined : `"${type}" cannot be sent from Slack.`;
  const tabDocument = editorDocumentId(sender.url ?? '');
  if (!tabDocument || !FROM_DOC_TAB.has(type)) return `"${type}" can only be sent from the Incident Desk popup or settings.`;
  const { documentId, incidentId } = payload as { documentId?: string; incidentId?: string };
  if (documentId !== undefined && documentId !== tabDocument) return 'A doc tab may only act on its own document.';
  if (incidentId !== undefined && (await documentOfIncident(incidentId)) !== tabDocument) return 'A doc tab may only act on its own incident.';
  return undefined;
}
