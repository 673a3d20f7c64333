// The communications lead: the person the declarer names to "follow this guideline while you work
// solving the issue" (handbook). Picked from the Slack workspace; public text only ever says
// their role.
import type { Incident } from '../../core/incident';

/** A workspace member as the popup's picker shows them: no avatar, no email. */
export interface MemberChoice {
  id: string;
  name: string;
  handle: string;
  title: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Members whose name or handle matches what was typed, best first: the name starts with it, then
 * a later word of the name or the handle does, then it appears anywhere. Every typed word must match.
 */
export function searchMembers(members: MemberChoice[], query: string, limit = 8): MemberChoice[] {
  const words = fold(query).replace(/^@/, '').split(/\s+/).filter(Boolean);
  if (!words.length) return members.slice(0, limit);
  const scored: { member: MemberChoice; score: number }[] = [];
  for (const member of members) {
    const name = fold(member.name);
    const handle = fold(member.handle).replace(/^@/, '');
    const nameWords = name.split(/[\s.'-]+/);
    let score = 0;
    for (const word of words) {
      if (name.startsWith(word)) score += 3;
      else if (nameWords.some((w) => w.startsWith(word)) || handle.startsWith(word)) score += 2;
      else if (name.includes(word) || handle.includes(word)) score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score) scored.push({ member, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.member.name.localeCompare(b.member.name))
    .slice(0, limit)
    .map((s) => s.member);
}

export const DEFAULT_COMMS_ROLE = 'communications lead';

/** Whether a text carries a part of the member's name or handle (three letters or more). */
export function carriesName(member: Pick<MemberChoice, 'name' | 'handle'>, text: string): boolean {
  const parts = [...fold(member.name).split(/[\s.'-]+/), fold(member.handle).replace(/^@/, '')].filter((p) => p.length >= 3);
  const folded = fold(text);
  return parts.some((p) => folded.includes(p));
}

/**
 * The role public text names instead of the person: their Slack title, unless it is empty or
 * carries a part of their own name (a title is free text the person typed).
 */
export function roleLabelFor(member: Pick<MemberChoice, 'name' | 'handle' | 'title'>): string {
  const title = member.title.replace(/\s+/g, ' ').trim().slice(0, 80);
  return !title || carriesName(member, title) ? DEFAULT_COMMS_ROLE : title;
}

/** The handbook's communications steps, in the popup's words; the comms lead owns them. */
export const COMMS_STEPS = [
  { name: 'tweet', label: 'Tweet with the public link' },
  { name: 'marketing', label: '@channel in the marketing channel' },
  { name: 'impact', label: 'Customer impact per segment' },
  { name: 'live', label: 'War room live decision' },
] as const;

/** Who owns a communications step, as this browser's popup says it (the name stays here). */
export function commsOwner(incident: Pick<Incident, 'commsLead' | 'commsLeadRole'>, step: string): string | undefined {
  if (!COMMS_STEPS.some((s) => s.name === step)) return undefined;
  if (incident.commsLead) return `comms lead: ${incident.commsLead.name}`;
  if (incident.commsLeadRole) return `comms lead: the ${incident.commsLeadRole}`;
  return 'comms lead: you (the declarer)';
}
