// The communications lead picker's members, and the person the declaration names: their name is
// taken from Slack here, never from what a page sent.
import type { ResponseMap } from '../../messages';
import type { CommsLead } from '../../core/incident';
import { listMembers } from '../../services/slack';
import { getToken } from '../../services/vault';
import { load, save } from '../../background/store';
import { carriesName, roleLabelFor, type MemberChoice } from './comms-lead';

// users.list is Tier 2 (20+ a minute, apis.md E) and the popup opens often: one list per quarter hour.
const FRESH_MS = 15 * 60_000;

export async function workspaceMembers(refresh = false): Promise<ResponseMap['declare/members']> {
  if (!(await getToken('slack'))) return { slack: 'not-connected', members: [] };
  const cached = await load('slackMembers');
  if (cached && !refresh && Date.now() - cached.fetchedAt < FRESH_MS) return { slack: 'connected', members: cached.members };
  try {
    const members: MemberChoice[] = (await listMembers()).map(({ id, name, handle, title }) => ({ id, name, handle, title }));
    await save('slackMembers', { members, fetchedAt: Date.now() });
    return { slack: 'connected', members };
  } catch (err) {
    // An older list still lets the declarer pick; without one, the form offers roles.
    if (cached) return { slack: 'connected', members: cached.members };
    return { slack: 'failed', members: [], error: (err as Error).message };
  }
}

/** The named person as the incident keeps them, or the problem to show on the form. */
export async function commsLeadOf(input: { slackUserId: string; role: string }): Promise<{ lead: CommsLead } | { problem: string }> {
  const find = (list: MemberChoice[]) => list.find((m) => m.id === input.slackUserId);
  let member = find((await load('slackMembers'))?.members ?? []);
  if (!member) member = find((await workspaceMembers(true)).members);
  if (!member) return { problem: 'That person is not in the Slack workspace (or Slack is not connected): pick them again.' };
  const role = input.role.replace(/\s+/g, ' ').trim() || roleLabelFor(member);
  // The role is what the doc, the public copy and the issue say: it must not name them.
  if (carriesName(member, role)) return { problem: 'The role goes into the public doc: describe it without their name.' };
  return { lead: { slackUserId: member.id, name: member.name, role } };
}
