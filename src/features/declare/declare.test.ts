import { describe, expect, it } from 'vitest';
import { channelsFor, checkDeclaration, escalationChain, mayDeclare, nextToEscalate, telLink, whyNotDeclarer, checkedRole } from './declare';
import { DEFAULT_SETTINGS } from '../../core/settings';

const settings = structuredClone(DEFAULT_SETTINGS);
settings.escalation = [
  { role: 'On-call engineer', name: 'A', email: '', slackUser: '', phone: '', pagerdutyRoutingKey: '' },
  { role: 'Production Lead', name: 'P', email: '', slackUser: 'U0000001', phone: '+1 (555) 010-0001', pagerdutyRoutingKey: 'a'.repeat(32) },
  { role: 'Director of Infrastructure', name: 'D', email: '', slackUser: '', phone: '', pagerdutyRoutingKey: '' },
  { role: 'VP of Engineering', name: 'V', email: '', slackUser: '', phone: '+15550100003', pagerdutyRoutingKey: '' },
];

describe('who may declare', () => {
  it('lets only the handbook roles declare by default', () => {
    expect(['Production Lead', 'Director of Infrastructure', 'VP of Engineering'].every((r) => mayDeclare(r, settings))).toBe(true);
    expect(mayDeclare('On-call engineer', settings)).toBe(false);
    expect(mayDeclare('', settings)).toBe(false);
  });

  it('escalates in the handbook order, skipping people already reached', () => {
    const chain = escalationChain(settings);
    expect(chain.map((p) => p.role)).toEqual(['Production Lead', 'Director of Infrastructure', 'VP of Engineering']);
    const at = '2026-11-27T14:00:00.000Z';
    expect(nextToEscalate(chain, [])?.role).toBe('Production Lead');
    expect(nextToEscalate(chain, [{ role: 'Production Lead', channel: 'page', at, outcome: 'failed' }])?.role).toBe('Production Lead');
    expect(nextToEscalate(chain, [{ role: 'Production Lead', channel: 'slack', at, outcome: 'sent' }])?.role).toBe('Director of Infrastructure');
  });

  it('offers call and page only when the settings know how', () => {
    expect(channelsFor(settings.escalation[1]!)).toEqual(['slack', 'call', 'page']);
    expect(channelsFor(settings.escalation[2]!)).toEqual(['slack']);
    expect(telLink('+1 (555) 010-0001')).toBe('tel:+15550100001');
  });

  it('requires a title and a reason, and refuses roles that may not declare', () => {
    expect(
      checkDeclaration({ title: 'DB down', why: 'Primary database unreachable for all GitLab.com users', declarerRole: 'Production Lead' }, settings),
    ).toEqual([]);
    expect(checkDeclaration({ title: ' ', why: 'short', declarerRole: 'On-call engineer' }, settings).map((p) => p.field)).toEqual([
      'title',
      'why',
      'declarerRole',
    ]);
  });
});

describe('who may declare is checked, not chosen', () => {
  const settings = {
    declareRoles: ['Production Lead', 'VP of Engineering'],
    escalation: [
      { role: 'Production Lead', name: 'A', email: 'Alice@example.com', slackUser: 'U01ALICE', phone: '', pagerdutyRoutingKey: '' },
      { role: 'VP of Engineering', name: 'C', email: '', slackUser: '', phone: '', pagerdutyRoutingKey: '' },
    ],
  };
  it('lets the person the chain names declare, by Google email (any case) or Slack member id', () => {
    expect(whyNotDeclarer('Production Lead', settings, { google: 'alice@example.com' })).toBeUndefined();
    expect(whyNotDeclarer('Production Lead', settings, { slack: 'U01ALICE' })).toBeUndefined();
  });
  it('says why not to anyone else, and what to do', () => {
    expect(whyNotDeclarer('Production Lead', settings, { google: 'bob@example.com' })).toMatch(
      /signed in as bob@example\.com; the settings name alice@example\.com or Slack U01ALICE/,
    );
    expect(whyNotDeclarer('Production Lead', settings, {})).toMatch(/^Connect Google or Slack/);
    expect(whyNotDeclarer('VP of Engineering', settings, { google: 'chioma@example.com' })).toMatch(/name no email or Slack member/);
    expect(whyNotDeclarer('Engineer', settings, { google: 'alice@example.com' })).toMatch(/may not declare/);
  });
});

describe('ways to reach a person, in order', () => {
  const person = { role: 'Production Lead', name: '', email: '', slackUser: 'U1', phone: '+1 555 0100', pagerdutyRoutingKey: 'k'.repeat(32) };
  it('Slack first when they are around, Call and Page first when away or in do-not-disturb', () => {
    expect(channelsFor(person, { presence: 'active', dnd: false })).toEqual(['slack', 'call', 'page']);
    expect(channelsFor(person, { presence: 'away', dnd: false })).toEqual(['call', 'page', 'slack']);
    expect(channelsFor(person, { presence: 'active', dnd: true })).toEqual(['call', 'page', 'slack']);
    // nothing else to lead with: Slack stays
    expect(channelsFor({ ...person, phone: '', pagerdutyRoutingKey: '' }, { presence: 'away', dnd: true })).toEqual(['slack']);
  });
});

describe('the role a war-room decision is recorded under', () => {
  const escalation = [{ role: 'Production Lead', name: 'A', email: 'alice@example.com', slackUser: '', phone: '', pagerdutyRoutingKey: '' }];
  it('is a chain role only for the person the chain names; marketing otherwise', () => {
    expect(checkedRole('Production Lead', { escalation }, { google: 'alice@example.com' })).toBe('Production Lead');
    expect(checkedRole('Production Lead', { escalation }, { google: 'bob@example.com' })).toBe('Marketing');
    expect(checkedRole('Marketing lead', { escalation }, {})).toBe('Marketing lead');
  });
});
