// The worker's steps in Node: what each operation sends the services, judged by the sandbox's
// world and its request log. One read and one write of the working doc per operation (issue 10).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, fakeChrome } from '../soak/fake-worker';
import { declared, startWorker, type WorkerHarness } from './harness';

vi.mock('webextension-polyfill', () => ({ default: (globalThis as { soakBrowser?: unknown }).soakBrowser }));
(globalThis as { soakBrowser?: unknown }).soakBrowser = fakeBrowser;
vi.stubGlobal('chrome', fakeChrome);

let h: WorkerHarness;
let incident: Awaited<ReturnType<typeof declared>>;
const docText = (id: string) => h.sandbox.world().docs.find((d) => d.documentId === id)?.text ?? '';
const publicText = () => h.sandbox.world().docs.find((d) => d.documentId === incident.publicDocumentId)?.publishedText ?? '';
/** The working doc's reads and writes among the requests since the last look. */
const workingDocTraffic = () => {
  const doc = `/v1/documents/${incident.documentId}`;
  const requests = h.takeRequests();
  return {
    reads: requests.filter((r) => r === `GET docs.googleapis.com ${doc}`).length,
    writes: requests.filter((r) => r === `POST docs.googleapis.com ${doc}:batchUpdate`).length,
  };
};

beforeAll(async () => {
  h = await startWorker();
  incident = await declared(h);
}, 60_000);
afterAll(async () => h?.close());

describe('declaring, in Node against the sandbox', () => {
  it('leaves a working doc, a published public copy, a tweet and the Slack announcements', () => {
    const world = h.sandbox.world();
    expect(docText(incident.documentId)).toContain('Replica lag on the primary database');
    expect(publicText()).toContain('Replica lag on the primary database');
    expect(world.tweets.map((t) => t.text).join('\n')).toContain('docs.google.com');
    expect(world.slack.length).toBeGreaterThanOrEqual(1);
  });
});

describe('one read, one write per operation', () => {
  it('a timeline entry: redacted in the doc and the public copy, the working doc read once and written once', async () => {
    workingDocTraffic();
    const added = await h.send('timeline/add', {
      incidentId: incident.incidentId,
      text: 'Dana Whitfield failed over to the standby',
      kind: 'action',
      at: new Date().toISOString(),
    });
    expect(added.ok).toBe(true);
    await h.settle();
    expect(workingDocTraffic()).toEqual({ reads: 1, writes: 1 });
    expect(docText(incident.documentId)).toMatch(/failed over to the standby/);
    expect(docText(incident.documentId)).not.toContain('Dana Whitfield');
    expect(publicText()).toMatch(/failed over to the standby/);
    expect(publicText()).not.toContain('Whitfield');
  });

  it('customer impact: the section rewritten and published from one read and one write, and announced to marketing', async () => {
    workingDocTraffic();
    const slackBefore = h.sandbox.world().slack.length;
    const saved = await h.send<{ announced: boolean }>('impact/save', {
      incidentId: incident.incidentId,
      announce: true,
      impact: [{ segment: 'GitLab.com', status: 'major outage', affected: 'every customer on the web UI', note: '' }],
    });
    expect(saved).toMatchObject({ ok: true, data: { announced: true } });
    expect(workingDocTraffic()).toEqual({ reads: 1, writes: 1 });
    expect(publicText()).toContain('GitLab.com: major outage. Affected customers: every customer on the web UI.');
    expect(
      h.sandbox
        .world()
        .slack.slice(slackBefore)
        .map((m) => m.text)
        .join('\n'),
    ).toContain('every customer on the web UI');
  });

  it('a name a colleague typed is replaced in the same write as the next entry', async () => {
    const bob = h.sandbox.googleTokens()['bob@example.com']!;
    const url = `https://docs.googleapis.com/v1/documents/${incident.documentId}`;
    const auth = { authorization: `Bearer ${bob}`, 'content-type': 'application/json' };
    const res = await h.sandbox.fetch(`${url}:batchUpdate`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ requests: [{ insertText: { endOfSegmentLocation: {}, text: 'Dana Whitfield is on the bridge' } }] }),
    });
    expect(res.ok).toBe(true);
    workingDocTraffic();
    await h.send('timeline/add', { incidentId: incident.incidentId, text: 'Queue depth is falling', kind: 'fact', at: new Date().toISOString() });
    await h.settle();
    expect(workingDocTraffic()).toEqual({ reads: 1, writes: 1 });
    expect(docText(incident.documentId)).toContain('is on the bridge');
    expect(docText(incident.documentId)).not.toContain('Dana Whitfield');
    expect(publicText()).toContain('Queue depth is falling');
    expect(publicText()).not.toContain('Whitfield');
  });

  it('a colleague writing between our read and our write: read again, and both lines kept', async () => {
    const bob = h.sandbox.googleTokens()['bob@example.com']!;
    const url = `https://docs.googleapis.com/v1/documents/${incident.documentId}`;
    let interfered = false;
    // Bob types just before the worker's pinned write reaches Docs.
    const real = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const req = new Request(input, init);
      if (!interfered && req.method === 'POST' && req.url === `${url}:batchUpdate`) {
        interfered = true;
        await h.sandbox.fetch(`${url}:batchUpdate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${bob}`, 'content-type': 'application/json' },
          body: JSON.stringify({ requests: [{ insertText: { endOfSegmentLocation: {}, text: ' Bob was here.' } }] }),
        });
      }
      return real(req);
    });
    try {
      workingDocTraffic();
      await h.send('timeline/add', { incidentId: incident.incidentId, text: 'Error rate back to normal', kind: 'fact', at: new Date().toISOString() });
      await h.settle();
    } finally {
      vi.stubGlobal('fetch', real);
    }
    const traffic = workingDocTraffic();
    // Bob's write, then ours refused (stale revision); the check that the doc moved on, the re-read, and ours that lands.
    expect(traffic).toEqual({ reads: 3, writes: 3 });
    expect(docText(incident.documentId)).toContain('Error rate back to normal');
    expect(docText(incident.documentId)).toContain('Bob was here.');
    expect(publicText()).toContain('Error rate back to normal');
  });

  it('"Redact selection": the term replaced everywhere in one write, the public copy following', async () => {
    // A customer's shard name the person does not want public (nothing the detector takes for a name).
    await h.send('timeline/add', {
      incidentId: incident.incidentId,
      text: 'Restarted the runners of blue-shard-7; blue-shard-7 is back',
      kind: 'fact',
      at: new Date().toISOString(),
    });
    await h.settle();
    expect(publicText()).toContain('blue-shard-7');
    workingDocTraffic();
    const queued = await h.send('redaction/term', { incidentId: incident.incidentId, term: 'blue-shard-7' });
    expect(queued.ok).toBe(true);
    await h.settle();
    expect(workingDocTraffic()).toEqual({ reads: 1, writes: 1 });
    expect(docText(incident.documentId)).not.toContain('blue-shard-7');
    expect(publicText()).not.toContain('blue-shard-7');
    const step = h.outbox().find((s) => s.name === 'redactTerm');
    expect(step?.result?.['changed']).toBe('2');
  });
});
