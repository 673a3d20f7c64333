import { describe, expect, it } from 'vitest';
import { commsOwner, DEFAULT_COMMS_ROLE, roleLabelFor, searchMembers, type MemberChoice } from './comms-lead';

// Made-up people, as in the sandbox's workspace.
const members: MemberChoice[] = [
  { id: 'U01', name: 'Alice Archer', handle: '@alice', title: 'Production Lead' },
  { id: 'U02', name: 'Bruno Brandt', handle: '@bruno', title: 'Director of Infrastructure' },
  { id: 'U05', name: 'Emma Lindqvist', handle: '@emma', title: 'Marketing' },
  { id: 'U06', name: 'Zoë Émile', handle: '@zoe.e', title: '' },
  { id: 'U07', name: 'Lina Markham', handle: '@lmark', title: 'Developer Relations' },
];

describe('searching the workspace for the communications lead', () => {
  it('finds by the start of the name first, then a later word or the handle', () => {
    expect(searchMembers(members, 'em').map((m) => m.id)).toEqual(['U05', 'U06']);
    expect(searchMembers(members, 'lind').map((m) => m.id)).toEqual(['U05']);
    expect(searchMembers(members, '@lmark').map((m) => m.id)).toEqual(['U07']);
  });

  it('ignores case and accents, and needs every typed word to match', () => {
    expect(searchMembers(members, 'ZOE emi').map((m) => m.id)).toEqual(['U06']);
    expect(searchMembers(members, 'emma archer')).toEqual([]);
  });

  it('lists the first members when nothing is typed, and at most the limit', () => {
    expect(searchMembers(members, '  ', 2).map((m) => m.id)).toEqual(['U01', 'U02']);
    expect(searchMembers(members, 'a', 3)).toHaveLength(3);
  });
});

describe('the role public text names instead of the person', () => {
  it('is their Slack title', () => {
    expect(roleLabelFor(members[2]!)).toBe('Marketing');
  });

  it('falls back to "communications lead" when the title is empty or carries their name', () => {
    expect(roleLabelFor(members[3]!)).toBe(DEFAULT_COMMS_ROLE);
    expect(roleLabelFor({ name: 'Emma Lindqvist', handle: '@emma', title: "Emma's team lead" })).toBe(DEFAULT_COMMS_ROLE);
    expect(roleLabelFor({ name: 'Lina Markham', handle: '@lmark', title: 'Assistant to lmark' })).toBe(DEFAULT_COMMS_ROLE);
  });
});

describe('who owns each communications step', () => {
  it('names the lead for the tweet, the marketing post, impact and the live decision only', () => {
    const incident = { commsLeadRole: 'Marketing', commsLead: { slackUserId: 'U05', name: 'Emma Lindqvist', role: 'Marketing' } };
    for (const step of ['tweet', 'marketing', 'impact', 'live']) expect(commsOwner(incident, step)).toBe('comms lead: Emma Lindqvist');
    expect(commsOwner(incident, 'doc')).toBeUndefined();
  });

  it('says the role when only a role was chosen, and the declarer when no one was', () => {
    expect(commsOwner({ commsLeadRole: 'VP of Engineering' }, 'tweet')).toBe('comms lead: the VP of Engineering');
    expect(commsOwner({}, 'impact')).toBe('comms lead: you (the declarer)');
  });
});
