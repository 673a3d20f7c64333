// The handbook's decision on live-streaming the war room: recorded in the doc's section and as a
// timeline entry, with the role (never the name) of who decided.
import { AppError } from '../../core/errors';
import { SECTIONS } from '../../core/incident-doc';
import { checkedRole } from '../declare/declare';
import type { HandlersFor } from '../../background/router';
import { connectedIdentity } from '../../background/identity';
import { documentOf } from '../../background/incident-docs';
import { load } from '../../background/store';
import { rewriteSection } from '../impact/worker';
import { addEntry } from '../timeline/worker';
import { renderLive, type LiveDecision, type NOT_LIVE_REASONS } from './live';
import type { warRoomMessages } from './messages';

export async function decideLive(incidentId: string, decision: { live: boolean; reason?: keyof typeof NOT_LIVE_REASONS | undefined }): Promise<LiveDecision> {
  if (!decision.live && !decision.reason) {
    throw new AppError('invalid', 'The war room is live by default; choose the handbook reason for not streaming it.');
  }
  const [profile, settings, who] = await Promise.all([load('profile'), load('settings'), connectedIdentity()]);
  const full: LiveDecision = {
    live: decision.live,
    ...(decision.reason && !decision.live ? { reason: decision.reason } : {}),
    decidedByRole: checkedRole(profile?.role ?? 'Marketing', settings, who),
    at: new Date().toISOString(),
  };
  const documentId = await documentOf(incidentId);
  await rewriteSection(incidentId, documentId, SECTIONS.live, [renderLive(full)]);
  await addEntry(incidentId, { at: full.at!, kind: 'action', text: `War room live decision: ${renderLive(full)}` });
  return full;
}

export const warRoomHandlers: HandlersFor<typeof warRoomMessages> = {
  'live/decide': ({ incidentId, live, reason }) => decideLive(incidentId, { live, reason }),
};
