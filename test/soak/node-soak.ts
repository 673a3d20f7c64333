// The soak's big run: the worker's real code (router, outbox, executors, adapters, token renewal)
// in Node against the sandbox, with seeded random faults at every level — the worker stopped at
// any call into the browser or the network (before it, or after its effect landed), the browser
// restarted, 429 with Retry-After, 5xx, dropped connections, answers lost after the service acted,
// stale revisions from a second responder writing at the same moment, tokens that expire or are
// revoked (and rotate on renewal). Time is the worker's own clock moved forward to its next
// alarm, so an hour of backoff costs nothing. Must be run under vitest with
// `webextension-polyfill` mocked by fake-worker.ts (see soak.soak.ts).
import { vi } from 'vitest';
import { createStore, get } from 'idb-keyval';
import { runnable, type Step } from '../../src/core/outbox';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { formatEntry } from '../../src/features/timeline/timeline';
import type { StoredToken } from '../../src/services/vault';
import { VAULT_DB, VAULT_STORE } from '../../src/services/vault-names';
import { startSandbox, type Fault, type Sandbox } from '../sandbox/index';
import { checkIncident, leaks, timelineLines, type IncidentSpec } from './checks';
import {
  checkpoint,
  currentGeneration,
  dispatch,
  env,
  evaluateAs,
  EXTENSION_ID,
  inGeneration,
  newGeneration,
  signInWindow,
  type CallPoint,
  type Generation,
} from './fake-worker';
import { seeded } from './rng';

export interface SoakOptions {
  seed: number;
  /** keep declaring incidents until at least this many faults were injected… */
  faults: number;
  /** …and at least this many incidents were run */
  incidents: number;
  log?: (line: string) => void;
}

export interface SoakReport {
  seed: number;
  faults: number;
  incidents: number;
  lost: number;
  duplicated: number;
  leaked: number;
  byKind: Record<string, number>;
  problems: string[];
  workerStarts: number;
  retriesPressed: number;
  ms: number;
}

/** People the scan must always redact (the team's roster); what they are called in public. */
const ROSTER = [
  { name: 'Dana Whitfield', role: 'on-call engineer', handle: '', email: '' },
  { name: 'Marek Kowalczyk', role: 'database engineer', handle: '', email: '' },
];
const SECRET_NAMES = ['Dana Whitfield', 'Whitfield', 'Marek Kowalczyk', 'Kowalczyk'];

const ENTRY_TEXTS = [
  'Replica lag above five minutes on the primary database',
  'Dana Whitfield restarted the replica and the lag dropped',
  'Error rate back to normal on the web fleet',
  'Marek Kowalczyk saw errors in the load balancer logs',
  'Traffic moved to the standby cluster',
  'Disk usage on the storage nodes is at ninety percent',
];

const SENDER = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/ui/popup/index.html` };
const OAUTH_HOSTS = new Set(['oauth2.googleapis.com', 'accounts.google.com', 'zoom.us']);
const isSignIn = (url: URL) => OAUTH_HOSTS.has(url.hostname) || /\/oauth2?\/(token|authorize)|\/2\/oauth2\//.test(url.pathname);

function settingsFor(sandbox: Sandbox): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.organisation = { name: 'GitLab.com', domain: 'example.com' };
  s.escalation = [
    {
      role: 'Production Lead',
      name: 'Alice',
      email: 'alice@example.com',
      slackUser: 'U01ALICE',
      phone: '+1 555 0100',
      pagerdutyRoutingKey: sandbox.tokens().pagerduty,
    },
    { role: 'Director of Infrastructure', name: 'Bruno', email: '', slackUser: 'U02BRUNO', phone: '', pagerdutyRoutingKey: '' },
    { role: 'VP of Engineering', name: 'Chioma', email: '', slackUser: '', phone: '+1 555 0102', pagerdutyRoutingKey: '' },
  ];
  s.roster = ROSTER;
  s.x.account = '@gitlabstatus';
  return s;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export async function runNodeSoak(opts: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const rng = seeded(opts.seed);
  const log = opts.log ?? (() => undefined);
  const sandbox = await startSandbox();
  const realNow = Date.now.bind(Date);
  let skewMs = 0;
  // The worker's (and the sandbox's) clock: real time plus the waits the soak skipped.
  Date.now = () => realNow() + skewMs;
  const report: SoakReport = {
    seed: opts.seed,
    faults: 0,
    incidents: 0,
    lost: 0,
    duplicated: 0,
    leaked: 0,
    byKind: {},
    problems: [],
    workerStarts: 0,
    retriesPressed: 0,
    ms: 0,
  };
  const fault = (kind: string) => {
    report.faults++;
    report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
  };
  const vault = createStore(VAULT_DB, VAULT_STORE);
  const outboxOf = (): Step[] => (env.storage.get('outbox') as Step[] | undefined) ?? [];
  const workingDoc = () => outboxOf().find((s) => s.name === 'doc' && s.state === 'done' && s.incidentId === incident?.id)?.result?.['documentId'];
  const shared = () => outboxOf().some((s) => s.name === 'share' && s.state === 'done' && s.incidentId === incident?.id);
  let incident: IncidentSpec | undefined;
  let chaos = false;
  let entrySeq = 0;
  const bob = sandbox.googleTokens()['bob@example.com']!;

  /** A second responder types a line at the end of the Timeline, straight through the Docs API. */
  async function bobTypes(documentId: string, line: string): Promise<boolean> {
    const auth = { authorization: `Bearer ${bob}`, 'content-type': 'application/json' };
    const url = `https://docs.googleapis.com/v1/documents/${documentId}`;
    const doc = (await (await sandbox.fetch(url, { headers: auth })).json()) as {
      body?: { content: { startIndex: number; paragraph?: { elements: { textRun?: { content: string } }[] } }[] };
    };
    const heading = doc.body?.content.find((e) => e.paragraph?.elements[0]?.textRun?.content === 'Customer impact\n');
    if (!heading) return false;
    // Typed as body text: a paragraph inserted before the heading would otherwise take its heading style.
    const text = `${line}\n`;
    const range = { startIndex: heading.startIndex, endIndex: heading.startIndex + text.length };
    const requests = [
      { insertText: { location: { index: heading.startIndex }, text } },
      { updateParagraphStyle: { range, paragraphStyle: { namedStyleType: 'NORMAL_TEXT' }, fields: 'namedStyleType' } },
    ];
    const res = await sandbox.fetch(`${url}:batchUpdate`, { method: 'POST', headers: auth, body: JSON.stringify({ requests }) });
    return res.ok;
  }

  /** Bob's entry: now, sometimes naming someone the scan must catch before the public sees it. */
  async function bobEntry(publicToo: boolean): Promise<void> {
    const documentId = workingDoc();
    if (!documentId || !shared() || !incident) return;
    const marker = `(note ${report.incidents}.${++entrySeq})`;
    const text = rng.chance(0.5) ? `Marek Kowalczyk is looking at the disks ${marker}` : `Queue depth is falling again ${marker}`;
    if (await bobTypes(documentId, formatEntry({ at: new Date(Date.now()).toISOString(), kind: 'fact', text }))) {
      incident.entries.push({ marker, publicToo });
      fault('two responders');
    }
  }

  let resolveSent = false;
  env.stopHere = (point: CallPoint) => {
    if (!chaos) return false;
    const p = point.kind === 'fetch' ? 0.02 : 0.012;
    if (!rng.chance(p)) return false;
    fault(`worker stopped (${point.kind} ${point.phase})`);
    return true;
  };
  env.authFlow = signInWindow(sandbox);

  // The worker's network: the sandbox, with a fault now and then on the very request under way.
  const workerFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    const signIn = isSignIn(url);
    checkpointFetch('before', signIn);
    if (chaos && !signIn && rng.chance(0.1)) {
      const path = `/^${escapeRegex(url.pathname)}(\\?|$)/`;
      const base: Fault = { host: url.hostname, method: req.method, path, count: 1 };
      const isDocWrite = url.hostname === 'docs.googleapis.com' && req.method === 'POST' && url.pathname === `/v1/documents/${workingDoc()}:batchUpdate`;
      const kind = rng.pick(isDocWrite ? ['stale', 'stale', '429', '5xx', 'drop', 'lost'] : ['429', '5xx', 'drop', 'lost', 'lost']);
      if (kind === 'stale') {
        // Bob writes between our read and our pinned write: our revision is stale now.
        if (await bobTypes(workingDoc()!, 'A colleague is typing here too.')) fault('stale revision');
      } else if (kind === '429') {
        sandbox.fault({ ...base, status: 429, retryAfter: rng.int(1, 40) });
        fault('429 Retry-After');
      } else if (kind === '5xx') {
        sandbox.fault({ ...base, status: rng.pick([500, 502, 503]) });
        fault('5xx');
      } else if (kind === 'drop') {
        sandbox.fault({ ...base, drop: true });
        fault('dropped connection');
      } else {
        sandbox.fault({ ...base, served: true, ...(rng.chance(0.5) ? { drop: true } : { status: 502 }) });
        fault('response lost after the effect');
      }
    }
    const res = await sandbox.fetch(req);
    // The service acted and answered; the worker may die before it reads the answer.
    checkpointFetch('after', signIn);
    return res;
  };
  function checkpointFetch(phase: 'before' | 'after', signIn: boolean) {
    // A sign-in's answer is never lost to a stop here: a rotating refresh token spent by a worker
    // that died before keeping its successor needs the person to reconnect, whatever the code does.
    const stop = env.stopHere;
    if (signIn && phase === 'after') env.stopHere = () => false;
    try {
      checkpoint({ kind: 'fetch', phase });
    } finally {
      env.stopHere = stop;
    }
  }
  vi.stubGlobal('fetch', workerFetch);

  // ---- the worker: started, stopped, restarted ----
  let outbox: typeof import('../../src/background/outbox') | undefined;
  async function startWorker(browserRestart = false): Promise<Generation> {
    const gen = newGeneration();
    report.workerStarts++;
    if (browserRestart) env.alarms.clear();
    vi.resetModules();
    outbox = await evaluateAs(gen, async () => {
      await import('../../src/background/index');
      return import('../../src/background/outbox');
    });
    if (browserRestart) await inGeneration(gen, async () => void dispatch('runtime.onStartup'));
    return gen;
  }
  const alive = async () => (currentGeneration().dead ? startWorker() : currentGeneration());

  /** A message from the popup; sent again when the worker died under it (the person clicks again). */
  async function send<T>(type: string, payload: unknown): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
    // Declaring now checks who signs in (Drive about.get) before it queues anything: more awaits a
    // stop can land on, so a person may need a few more clicks before one gets through.
    for (let attempt = 0; attempt < 16; attempt++) {
      const gen = await alive();
      const reply = (await inGeneration(gen, async () => {
        const [answer] = dispatch('runtime.onMessage', { type, payload }, SENDER);
        return (await answer) as { ok: boolean; data?: T; error?: { message: string } };
      }).catch((err: unknown) => ({ ok: false, error: { message: String(err) } }))) as { ok: boolean; data?: T; error?: { message: string } };
      if (reply.ok) return { ok: true, data: reply.data as T };
      if (!gen.dead) return { ok: false, message: reply.error?.message ?? 'refused' };
    }
    return { ok: false, message: `${type}: the worker kept dying` };
  }

  /** Lets the outbox run whatever may run now, starting the worker again each time it dies. */
  async function settle(): Promise<void> {
    for (let round = 0; round < 40; round++) {
      const gen = await alive();
      await inGeneration(gen, () => outbox!.kick());
      if (gen.dead) continue;
      const steps = outboxOf();
      if (!runnable(steps, Date.now()).length && !steps.some((s) => s.state === 'running')) return;
    }
  }

  /** Moves the clock to the next thing the worker waits for and rings its alarms, as Chrome does. */
  async function advance(): Promise<void> {
    const waits = [
      ...outboxOf()
        .filter((s) => s.state === 'retrying' && s.nextAt)
        .map((s) => s.nextAt!),
      ...[...env.alarms.values()].map((a) => a.when),
    ];
    const next = waits.length ? Math.min(...waits) : Date.now() + 60_000;
    if (next > Date.now()) skewMs += next - Date.now() + 1;
    const gen = await alive();
    for (const [name, alarm] of [...env.alarms]) {
      if (alarm.when > Date.now()) continue;
      if (alarm.periodInMinutes) alarm.when = Date.now() + alarm.periodInMinutes * 60_000;
      else env.alarms.delete(name);
      await inGeneration(gen, async () => void dispatch('alarms.onAlarm', { name, scheduledTime: alarm.when }));
    }
    // An alarm handler may have queued work: let it start before the next look.
    await new Promise((r) => setTimeout(r, 0));
  }

  const problem = (what: string) => {
    const line = `seed=${opts.seed} incident ${report.incidents}${incident ? ` (${incident.id})` : ''}: ${what}`;
    report.problems.push(line);
    log(line);
  };

  try {
    // ---- setup: one person's extension, connected the way it really connects ----
    await startWorker();
    const settings = await send('settings/save', { settings: settingsFor(sandbox) });
    if (!settings.ok) throw new Error(`settings/save: ${settings.message}`);
    await send('profile/set', { role: 'Production Lead' });
    // Every service signed in the way a person does it (sign-in window, PKCE, code exchange), so
    // renewals later go back to the issuer exactly as they would for real.
    for (const service of ['google', 'slack', 'x', 'zoom', 'gitlab'] as const) {
      const connected = await send('connections/connect', { service });
      if (!connected.ok) throw new Error(`${service} sign-in: ${connected.message}`);
    }

    for (;;) {
      if (report.faults >= opts.faults && report.incidents >= opts.incidents) break;
      report.incidents++;
      const n = report.incidents;
      entrySeq = 0;
      resolveSent = false;
      incident = undefined;
      chaos = true;
      const title = `Soak incident ${n} replica lag`;
      const declared = await send<{ ok: boolean; incidentId?: string; problems?: { message: string }[] }>('incident/declare', {
        title,
        why: 'The whole site is down for every customer.',
      });
      let id = declared.ok && declared.data.ok ? declared.data.incidentId : undefined;
      if (!id) {
        // Refused as "already active": an earlier, cut-off try did claim it. Carry on with it if
        // its steps were queued; if not, the declaration was lost between the two writes.
        const active = env.storage.get('activeIncidentId') as string | undefined;
        if (active && outboxOf().some((s) => s.incidentId === active)) id = active;
        else {
          report.lost++;
          problem(
            `declaring was lost: ${declared.ok ? JSON.stringify(declared.data.problems) : declared.message}; active incident ${active ?? 'none'} has no steps`,
          );
          env.storage.delete('activeIncidentId');
          continue;
        }
      }
      const declaredAt = (env.storage.get('incidents') as Record<string, { declaredAt: string }>)[id]!.declaredAt;
      incident = { id, title, summary: `traffic is normal again after soak ${n} failover`, entries: [] };

      // A few entries, some backdated before the declaration, some naming people.
      for (let i = 0; i < 4; i++) {
        const marker = `(check ${n}.${++entrySeq})`;
        const at = new Date(Date.parse(declaredAt) - rng.int(0, 30) * 60_000).toISOString();
        const added = await send('timeline/add', {
          incidentId: id,
          at,
          kind: rng.pick(['fact', 'finding', 'guess', 'action', 'data']),
          text: `${rng.pick(ENTRY_TEXTS)} ${marker}`,
        });
        if (added.ok) incident.entries.push({ marker, publicToo: true });
        else problem(`timeline/add refused: ${added.message}`);
      }

      const retries = new Map<string, number>();
      let done = false;
      for (let turn = 0; turn < 600 && !done; turn++) {
        await settle();
        const leaked = leaks(sandbox.world(), SECRET_NAMES);
        if (leaked.length) {
          report.leaked += leaked.length;
          for (const l of leaked) problem(`leaked ${l}`);
          break;
        }
        const steps = outboxOf().filter((s) => s.incidentId === id);
        const failed = steps.filter((s) => s.state === 'failed');
        for (const step of failed) {
          // What a person does with a step that gave up: Retry, a few times.
          const pressed = (retries.get(step.key) ?? 0) + 1;
          retries.set(step.key, pressed);
          if (pressed > 3) {
            problem(`step ${step.name} failed for good: ${step.error}`);
            done = true;
          } else {
            report.retriesPressed++;
            log(`seed=${opts.seed} incident ${report.incidents}: Retry pressed on ${step.name} after ${step.attempts} attempts: ${step.error}`);
            await send('outbox/retry', { key: step.key });
          }
        }
        if (done) break;
        if (!resolveSent && steps.length && steps.every((s) => s.state === 'done')) {
          const resolved = await send<{ ok: boolean }>('incident/resolve', {
            incidentId: id,
            resolvedAt: new Date(Date.now()).toISOString(),
            summary: incident.summary,
            blogPost: 'no',
          });
          if (!resolved.ok || !resolved.data.ok) problem(`resolve refused: ${JSON.stringify(resolved)}`);
          resolveSent = true;
          continue;
        }
        if (resolveSent && steps.some((s) => s.name === 'export') && steps.every((s) => s.state === 'done')) break;
        // The world moves on while the worker works.
        if (rng.chance(0.15)) await bobEntry(!resolveSent);
        if (rng.chance(0.04)) {
          // Tokens die early at the providers (401, then one renewal), or the worker's clock passes their expiry.
          if (rng.chance(0.5)) sandbox.advanceClock(3 * 3600_000);
          else skewMs += 3 * 3600_000;
          fault('tokens expired');
        }
        if (rng.chance(0.03)) {
          const service = rng.pick(['google', 'x', 'zoom', 'gitlab'] as const);
          const token = await get<StoredToken>(`token:${service}`, vault);
          if (token) {
            sandbox.revoke(token.accessToken);
            fault('token revoked (renewed, rotated)');
          }
        }
        if (rng.chance(0.03)) {
          currentGeneration().dead = true;
          await startWorker(true);
          fault('browser restarted');
          continue;
        }
        await advance();
      }
      chaos = false;
      await settle();
      const steps = outboxOf().filter((s) => s.incidentId === id);
      if (!steps.every((s) => s.state === 'done') || !steps.some((s) => s.name === 'export')) {
        report.lost++;
        problem(
          `did not finish: ${
            steps
              .filter((s) => s.state !== 'done')
              .map((s) => `${s.name}=${s.state}${s.error ? ` (${s.error})` : ''}`)
              .join(', ') || 'never resolved'
          }`,
        );
      } else {
        const verdict = checkIncident(sandbox.world(), incident);
        report.lost += verdict.lost.length;
        report.duplicated += verdict.duplicated.length;
        for (const v of verdict.lost) problem(`lost: ${v}`);
        for (const v of verdict.duplicated) problem(`duplicated: ${v}`);
        if (verdict.lost.length || verdict.duplicated.length) {
          const doc = sandbox.world().docs.find((d) => d.title === `Major incident: ${incident!.title}`);
          log(`working doc timeline:\n    ${timelineLines(doc?.text ?? '').join('\n    ')}`);
        }
      }
      sandbox.clearFaults();
      // Major incidents are days apart: X allows 100 posts a day, and 50 incidents in one day
      // would meet that limit rather than the worker's faults (x-rate-limit-reset is noted in the report).
      sandbox.advanceClock(25 * 3600_000);
      if (!resolveSent || env.storage.get('activeIncidentId')) env.storage.delete('activeIncidentId');
      log(`incident ${n} done: faults so far ${report.faults}`);
    }
  } finally {
    chaos = false;
    currentGeneration().dead = true;
    Date.now = realNow;
    vi.unstubAllGlobals();
    await sandbox.close();
  }
  report.ms = Date.now() - started;
  return report;
}
