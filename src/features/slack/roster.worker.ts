// The roster from the workspace, automatically: once Slack is connected (and daily after), every
// member's real name, handle and email becomes part of the roster the detector always redacts.
// It stays in this browser (storage.local), never in the settings file a team shares.
import browser from 'webextension-polyfill';
import type { RosterPerson } from '../../core/redaction';
import { listMembers } from '../../services/slack';
import { getToken } from '../../services/vault';
import { load, save } from '../../background/store';

const ALARM = 'workspace-roster';
const DAY_MINUTES = 24 * 60;

export async function refreshWorkspaceRoster(): Promise<number> {
  if (!(await getToken('slack'))) return 0;
  const members = await listMembers();
  const roster: RosterPerson[] = members.map((m) => ({ name: m.name, ...(m.handle ? { handle: m.handle } : {}), ...(m.email ? { email: m.email } : {}) }));
  await save('workspaceRoster', { members: roster, fetchedAt: Date.now() });
  await browser.alarms.create(ALARM, { periodInMinutes: DAY_MINUTES });
  return roster.length;
}

export async function onWorkspaceRosterAlarm(name: string): Promise<void> {
  if (name === ALARM) await refreshWorkspaceRoster().catch((err: unknown) => console.error('Incident Desk: workspace roster not refreshed', err));
}

/** The team's roster (settings) and the workspace's, the team's first: its roles become pseudonyms. */
export async function fullRoster(teamRoster: RosterPerson[]): Promise<RosterPerson[]> {
  const workspace = (await load('workspaceRoster'))?.members ?? [];
  const known = new Set(teamRoster.map((p) => p.name.toLowerCase()));
  return [...teamRoster, ...workspace.filter((p) => !known.has(p.name.toLowerCase()))];
}
