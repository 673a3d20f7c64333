// Who may send what. Content scripts run inside pages we do not control, so a compromised page
// context must not be able to change settings, tokens or roles, or act on another incident. The
// sidebar is an extension page framed into the doc: it acts on the doc of the tab it is framed in
// (sender.tab.url, which the frame cannot choose) and nothing else; the Docs content script itself
// acts on nothing; from Slack only the banner.
import { editorDocumentId } from '../core/doc-url';
import { MESSAGES, type MessageType } from '../messages';
import type { Sender as DeclaredSender } from '../protocol/define';
import type { Sender } from './router';

export const SIDEBAR_PATH = '/src/ui/sidebar/index.html';

/** Who besides the extension's own pages may send a message, as its feature declares it. */
const mayComeFrom = (type: MessageType, sender: DeclaredSender) => (MESSAGES[type].from as readonly DeclaredSender[]).includes(sender);

/**
 * Returns why a message is refused, or undefined when the sender may send it.
 * `own` is the extension's base URL, `runtime.getURL('')`: `chrome-extension://<id>/` on Chrome,
 * `moz-extension://<per-install uuid>/` on Firefox, where the add-on id is not in page URLs
 * (MDN, runtime.getURL and "Work with files"). `documentOfIncident` tells which doc an
 * incident's is (from the outbox).
 */
export async function refusal(
  type: MessageType,
  payload: unknown,
  sender: Sender,
  own: string,
  documentOfIncident: (incidentId: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  if (sender.url?.startsWith(own)) {
    // A page framed into someone else's tab (only the sidebar may be) gets no more than the sidebar.
    const framed = sender.tab?.url !== undefined && !sender.tab.url.startsWith(own);
    const path = new URL(sender.url).pathname;
    if (path !== SIDEBAR_PATH && !framed) return undefined;
    if (path !== SIDEBAR_PATH) return 'Only the Incident Desk sidebar may be framed into a page.';
    return sidebarRefusal(type, payload, editorDocumentId(sender.tab?.url ?? ''), documentOfIncident);
  }
  let host = '';
  try {
    host = new URL(sender.url ?? '').hostname;
  } catch {
    return 'Messages are accepted only from Incident Desk pages and its content scripts.';
  }
  if (mayComeFrom(type, 'any-page')) return undefined;
  if (host === 'app.slack.com') return mayComeFrom(type, 'slack') ? undefined : `"${type}" cannot be sent from Slack.`;
  return editorDocumentId(sender.url ?? '')
    ? `"${type}" can only be sent from the Incident Desk sidebar, popup or settings.`
    : `"${type}" can only be sent from the Incident Desk popup or settings.`;
}

/** The sidebar frame: only what concerns the doc of the tab it is framed in. */
async function sidebarRefusal(
  type: MessageType,
  payload: unknown,
  tabDocument: string | undefined,
  documentOfIncident: (incidentId: string) => Promise<string | undefined>,
): Promise<string | undefined> {
  if (!tabDocument) return 'The sidebar acts only inside a Google Docs document.';
  if (!mayComeFrom(type, 'sidebar')) return `"${type}" can only be sent from the Incident Desk popup or settings.`;
  const { documentId, incidentId } = payload as { documentId?: string; incidentId?: string };
  if (documentId !== undefined && documentId !== tabDocument) return 'The sidebar may only act on the document it is in.';
  if (incidentId !== undefined && (await documentOfIncident(incidentId)) !== tabDocument)
    return 'The sidebar may only act on the incident of the document it is in.';
  return undefined;
}
