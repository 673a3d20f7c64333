// What Slack sees of the incident: the banner in the Slack tab (links only: no phone numbers or
// keys reach a page), and the workspace's members for the options page's roster import.
import type { ResponseMap } from '../../messages';
import { listMembers } from '../../services/slack';
import type { HandlersFor } from '../../background/router';
import { load } from '../../background/store';
import type { slackMessages } from './messages';

export async function incidentBanner(): Promise<ResponseMap['incident/banner']> {
  const [incidents, activeId, outbox] = await Promise.all([load('incidents'), load('activeIncidentId'), load('outbox')]);
  const incident = activeId ? incidents[activeId] : undefined;
  if (!incident) return { links: {} };
  const result = (name: string, field: string) => outbox.find((s) => s.incidentId === incident.id && s.name === name)?.result?.[field];
  const links = { docUrl: result('doc', 'docUrl'), publicUrl: result('publish', 'publicUrl'), warRoomUrl: result('warRoom', 'warRoomUrl') };
  return {
    incident: { id: incident.id, title: incident.title, declaredAt: incident.declaredAt },
    links: Object.fromEntries(Object.entries(links).filter(([, v]) => v)),
  };
}

export const slackHandlers: HandlersFor<typeof slackMessages> = {
  'incident/banner': incidentBanner,
  'roster/slack': async () => ({ members: await listMembers() }),
};
