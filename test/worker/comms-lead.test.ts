// The communications lead (issue 14): picked from the Slack workspace, told in a direct message
// with every link, and never named in anything public. Judged by what the sandbox received.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { env, fakeBrowser, fakeChrome } from '../soak/fake-worker';
import { startWorker, type WorkerHarness } from './harness';
import type { Step } from '../../src/core/outbox';

vi.mock('webextension-polyfill', () => ({ default: (globalThis as { soakBrowser?: unknown }).soakBrowser }));
(globalThis as { soakBrowser?: unknown }).soakBrowser = fakeBrowser;
vi.stubGlobal('chrome', fakeChrome);

// The sandbox workspace's marketer (test/sandbox/fakes/slack-directory.ts): made up, as every name here.
const EMMA = { id: 'U05EMMA', dm: 'D05EMMA', name: /Emma|Lindqvist|@emma/ };

let h: WorkerHarness;
let incidentId: string;
const result = (name: string, field: string) => h.outbox().find((s) => s.incidentId === incidentId && s.name === name)?.result?.[field] ?? '';
const dms = () => h.sandbox.world().slack.filter((m) => m.channel === EMMA.dm);

beforeAll(async () => {
  h = await startWorker();
}, 60_000);
afterAll(async () => h?.close());

// Declaring and resolving run every step against the sandbox: seconds on a busy machine.
describe('naming a communications lead', { timeout: 30_000 }, () => {
  it('offers the workspace members to pick from, without their email', async () => {
    const reply = await h.send<{ slack: string; members: Record<string, string>[] }>('declare/members', {});
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.slack).toBe('connected');
    expect(reply.data.members).toContainEqual({ id: EMMA.id, name: 'Emma Lindqvist', handle: '@emma', title: 'Marketing' });
    expect(reply.data.members.every((m) => !('email' in m))).toBe(true);
    // a second look within the quarter hour is the cache, not Slack
    h.takeRequests();
    await h.send('declare/members', {});
    expect(h.takeRequests().filter((r) => r.includes('users.list'))).toEqual([]);
  });

  it('refuses a role that names the person, and a member Slack does not know', async () => {
    const named = await h.send<{ ok: boolean; problems?: { field: string }[] }>('incident/declare', {
      title: 'Database down',
      why: 'The whole site is down for every customer.',
      commsLead: { slackUserId: EMMA.id, role: "Emma's desk" },
    });
    expect(named).toMatchObject({ ok: true, data: { ok: false, problems: [{ field: 'commsLead' }] } });
    const unknown = await h.send('incident/declare', {
      title: 'Database down',
      why: 'The whole site is down for every customer.',
      commsLead: { slackUserId: 'U99NOBODY', role: '' },
    });
    expect(unknown).toMatchObject({ ok: true, data: { ok: false, problems: [{ field: 'commsLead' }] } });
    expect(h.sandbox.world().docs).toEqual([]);
  });

  it('declares with the lead: their DM carries the doc, the public copy, the war room and the way to join', async () => {
    const reply = await h.send<{ ok: boolean; incidentId?: string }>('incident/declare', {
      title: 'Replica lag on the primary database',
      why: 'The whole site is down for every customer.',
      commsLead: { slackUserId: EMMA.id, role: '' },
    });
    expect(reply).toMatchObject({ ok: true, data: { ok: true } });
    incidentId = (reply as { data: { incidentId: string } }).data.incidentId;
    await h.settle();
    expect(
      h
        .outbox()
        .filter((s) => s.state !== 'done')
        .map((s) => `${s.name}: ${s.error}`),
    ).toEqual([]);

    expect(dms()).toHaveLength(1);
    const dm = dms()[0]!.text;
    const docUrl = result('doc', 'docUrl');
    const publicUrl = result('publish', 'publicUrl');
    const warRoomUrl = result('warRoom', 'warRoomUrl');
    expect(docUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/.+\/edit/);
    expect(publicUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/e\/.+\/pub/);
    expect(dm).toContain(`<${docUrl}|incident doc>`);
    expect(dm).toContain(`<${publicUrl}|published doc>`);
    expect(dm).toContain(`<${warRoomUrl}|Zoom war room>`);
    expect(dm).toContain(`<${docUrl}|open the doc and press "Join this incident">`);
    expect(dm).toContain('as the Marketing');
    expect(dm).toContain(`(Incident Desk ${incidentId})`);
  });

  it('says the role that leads communications, and never the name, in the doc, the public copy, the tweet and Slack channels', () => {
    const world = h.sandbox.world();
    const working = world.docs.find((d) => d.documentId === result('doc', 'documentId'))!;
    const copy = world.docs.find((d) => d.documentId === result('publish', 'publicDocumentId'))!;
    expect(working.text).toContain('communications led by the Marketing');
    expect(copy.publishedText).toContain('communications led by the Marketing');
    for (const text of [
      working.text,
      copy.publishedText ?? '',
      ...world.tweets.map((t) => t.text),
      ...world.slack.filter((m) => m.channel !== EMMA.dm && m.user !== EMMA.id).map((m) => m.text),
    ]) {
      expect(text).not.toMatch(EMMA.name);
    }
    expect(world.tweets).toHaveLength(1);
    expect(world.slack.filter((m) => m.channelName === 'marketing' && m.text.includes(incidentId))[0]!.text).toContain(
      'communications are led by the Marketing',
    );
  });

  it('a DM step cut off after Slack answered finds its message instead of sending it twice', async () => {
    // What the outbox makes of a step a stopped worker left running (core/outbox recover()).
    const steps = env.storage.get('outbox') as Step[];
    env.storage.set(
      'outbox',
      steps.map((s) => (s.incidentId === incidentId && s.name === 'commsLead' ? { ...s, state: 'retrying', nextAt: 0, interrupted: true } : s)),
    );
    h.takeRequests();
    await h.settle();
    expect(h.outbox().find((s) => s.incidentId === incidentId && s.name === 'commsLead')?.state).toBe('done');
    expect(h.takeRequests().filter((r) => r.includes('slack.com'))).toEqual(['POST slack.com /api/conversations.open']);
    expect(dms()).toHaveLength(1);
  });

  it('the outage issue says the role that led communications, not the name', async () => {
    const resolved = await h.send('incident/resolve', {
      incidentId,
      resolvedAt: new Date().toISOString(),
      summary: 'Failed over to the standby.',
      blogPost: 'no',
    });
    expect(resolved).toMatchObject({ ok: true, data: { ok: true } });
    await h.settle();
    const { issues, notes } = h.sandbox.world();
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.description).toContain('**Communications led by:** the Marketing');
    expect([issue.title, issue.description, ...notes.filter((n) => n.issue_iid === issue.iid).map((n) => n.body)].join('\n')).not.toMatch(EMMA.name);
  });
});
