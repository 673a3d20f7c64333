// The soak in Chromium, short, to keep the Node run honest: the built extension's real service
// worker, really stopped (CDP ServiceWorker.stopWorker) again and again while it declares,
// writes entries and resolves, with the sandbox's faults on the very APIs it calls. Judged, like
// the Node run, only by what the sandbox received. Run with `npm run soak` (inside the browser lock).
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from '../e2e/harness';
import { teamSettings } from '../e2e/flows';
import { checkIncident, leaks, type IncidentSpec } from './checks';
import { seeded } from './rng';

const seed = Number(process.env['SOAK_SEED'] ?? 20261127);
const MIN_FAULTS = Number(process.env['SOAK_BROWSER_FAULTS'] ?? 100);
const NAMES = ['Dana Whitfield', 'Whitfield', 'Marek Kowalczyk', 'Kowalczyk'];
// The APIs the declaration, the entries and the resolution call; a fault is armed on one at a time.
const PATHS = [
  { host: 'docs.googleapis.com', path: '/v1/documents/' },
  { host: 'www.googleapis.com', path: '/drive/v3/files' },
  { host: 'slack.com', path: '/api/chat.postMessage' },
  { host: 'slack.com', path: '/api/conversations.history' },
  { host: 'api.x.com', path: '/2/tweets' },
  { host: 'api.zoom.us', path: '/v2/users/me/meetings' },
  { host: 'gitlab.com', path: '/api/v4/projects/' },
];

async function call<T>(page: Page, type: string, payload: unknown): Promise<{ ok: boolean; data: T; error?: { message: string } }> {
  return (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as {
    ok: boolean;
    data: T;
    error?: { message: string };
  };
}

it(`Chromium: at least ${MIN_FAULTS} faults with the worker really stopped, nothing lost, duplicated or leaked (seed ${seed})`, async () => {
  const rng = seeded(seed);
  const h = await startHarness();
  const started = Date.now();
  let stops = 0;
  const problems: string[] = [];
  try {
    await h.connect('google', 'slack', 'x', 'zoom', 'gitlab');
    const popup = await h.extensionPage('src/ui/popup/index.html');
    const settings = teamSettings(h);
    settings.roster = [
      { name: 'Dana Whitfield', role: 'on-call engineer', handle: '', email: '' },
      { name: 'Marek Kowalczyk', role: 'database engineer', handle: '', email: '' },
    ];
    expect((await call(popup, 'settings/save', { settings })).ok).toBe(true);
    await call(popup, 'profile/set', { role: 'Production Lead' });

    const httpFaults = () => h.sandbox.world().requests.filter((r) => r.status === 0 || r.status === 429 || r.status >= 500).length;
    /** Until every step of the incident is done: a fault on an API, the worker stopped, woken by the popup. */
    async function chaosUntilDone(id: string, until: (steps: { name: string; state: string }[]) => boolean): Promise<void> {
      const deadline = Date.now() + 60_000;
      let doneBefore = -1;
      let stuck = 0;
      for (;;) {
        const view = await call<{ steps: { name: string; state: string; key: string; error?: string }[] }>(popup, 'incident/get', {});
        const steps = view.data.steps ?? [];
        for (const s of steps.filter((x) => x.state === 'failed')) await call(popup, 'outbox/retry', { key: s.key });
        const leaked = leaks(h.sandbox.world(), NAMES);
        if (leaked.length) throw new Error(`leaked: ${leaked.join('; ')} (seed ${seed})`);
        if (until(steps)) return;
        if (Date.now() > deadline)
          throw new Error(`incident ${id} did not finish: ${JSON.stringify(steps.map((s) => [s.name, s.state, s.error]))} (seed ${seed})`);
        // A fault on an API about half the time, and the worker stopped at a random moment about
        // half the time: often enough to cut steps in every phase, not so often that none can finish.
        const doneNow = steps.filter((x) => x.state === 'done').length;
        stuck = doneNow === doneBefore ? stuck + 1 : 0;
        doneBefore = doneNow;
        if (stuck >= 5) {
          // Long steps (the export, the publish) need a quiet moment to finish once; then chaos
          // resumes. A stop ends the backoff wait (a new worker resumes cut-off steps at once).
          h.sandbox.clearFaults();
          await h.stopWorker();
          stops++;
          await call(popup, 'incident/get', {});
          await popup.waitForTimeout(2500);
          stuck = 0;
          continue;
        }
        if (rng.chance(0.7)) {
          // "lost" answers with a 502 after the service acted, not by cutting the connection: Chromium's
          // network stack resends a request whose reused connection closed before any answer, POSTs
          // included, so a cut after the effect makes a second effect no extension code ever sees
          // (found here: seed 7, a second Slack post and a second GitLab issue 5 ms after the cut).
          const kind = rng.pick(['429', '503', 'drop', 'lost'] as const);
          h.sandbox.fault({
            ...rng.pick(PATHS),
            count: 1,
            ...(kind === '429'
              ? { status: 429, retryAfter: 1 }
              : kind === '503'
                ? { status: 503 }
                : kind === 'drop'
                  ? { drop: true }
                  : { served: true, status: 502 }),
          });
        }
        await popup.waitForTimeout(rng.int(20, 350));
        if (rng.chance(0.75)) {
          await h.stopWorker();
          stops++;
        }
      }
    }

    let n = 0;
    while (n < 2 || (stops + httpFaults() < MIN_FAULTS && n < 16)) {
      n++;
      const title = `Chromium soak incident ${n} replica lag`;
      const firstRequest = h.sandbox.world().requests.length;
      const declared = await call<{ ok: boolean; incidentId: string }>(popup, 'incident/declare', { title, why: 'The whole site is down for every customer.' });
      expect(declared.ok && declared.data.ok, JSON.stringify(declared)).toBe(true);
      const id = declared.data.incidentId;
      const spec: IncidentSpec = { id, title, summary: `traffic is normal again after chromium soak ${n} failover`, entries: [] };
      for (let i = 1; i <= 4; i++) {
        const marker = `(check ${n}.${i})`;
        const text = `${i % 2 ? 'Dana Whitfield restarted the replica' : 'Error rate back to normal on the web fleet'} ${marker}`;
        const at = new Date(Date.now() - rng.int(0, 20) * 60_000).toISOString();
        const added = await call(popup, 'timeline/add', { incidentId: id, at, kind: 'fact', text });
        expect(added.ok, JSON.stringify(added)).toBe(true);
        spec.entries.push({ marker, publicToo: true });
      }
      await chaosUntilDone(id, (steps) => steps.length > 0 && steps.every((s) => s.state === 'done'));
      const resolved = await call<{ ok: boolean }>(popup, 'incident/resolve', {
        incidentId: id,
        resolvedAt: new Date().toISOString(),
        summary: spec.summary,
        blogPost: 'no',
      });
      expect(resolved.ok && resolved.data.ok, JSON.stringify(resolved)).toBe(true);
      await chaosUntilDone(id, (steps) => steps.some((s) => s.name === 'export') && steps.every((s) => s.state === 'done'));
      h.sandbox.clearFaults();
      const verdict = checkIncident(h.sandbox.world(), spec);
      problems.push(...verdict.lost.map((l) => `incident ${n} ${id} lost: ${l}`), ...verdict.duplicated.map((d) => `incident ${n} ${id} duplicated: ${d}`));
      if (verdict.lost.length || verdict.duplicated.length) {
        // What the sandbox was asked to create, in order, with the answers it gave: where the second one came from.
        const creates = h.sandbox
          .world()
          .requests.slice(firstRequest)
          .filter((r) => /files|chat\.postMessage|conversations\.history|meetings|tweets/.test(r.path) && r.host !== 'docs.googleapis.com');
        console.log(`incident ${n} requests:\n  ${creates.map((r) => `${r.at} ${r.method} ${r.host}${r.path} → ${r.status}`).join('\n  ')}`);
      }
    }
    const faults = stops + httpFaults();
    const lost = problems.filter((p) => p.includes(' lost: ')).length;
    const duplicated = problems.length - lost;
    console.log(
      `soak (chromium): faults=${faults} incidents=${n} lost=${lost} duplicated=${duplicated} leaked=0 seed=${seed} workerStops=${stops} httpFaults=${httpFaults()} ms=${Date.now() - started}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`,
    );
    expect(problems).toEqual([]);
    expect(faults).toBeGreaterThanOrEqual(MIN_FAULTS);
  } finally {
    await h.shutdown();
  }
});
