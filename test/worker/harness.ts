// The worker's real code (router, outbox, executors, adapters) in Node against the sandbox, for
// unit tests of its steps: the browser is test/soak/fake-worker.ts (storage, alarms, events, the
// offscreen detector), the network is the sandbox. A test file must mock webextension-polyfill
// with the fake and stub `chrome` before it starts the harness (see withWorker below).
import { vi } from 'vitest';
import { runnable, type Step } from '../../src/core/outbox';
import type { Settings } from '../../src/core/settings';
import { teamSettings as e2eTeamSettings } from '../e2e/flows';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { dispatch, env, evaluateAs, EXTENSION_ID, inGeneration, newGeneration, signInWindow, type Generation } from '../soak/fake-worker';

export const POPUP = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/ui/popup/index.html` };

export interface WorkerHarness {
  sandbox: Sandbox;
  /** A message as the popup (or `sender`) sends it; the worker's envelope back. */
  send<T = unknown>(type: string, payload: unknown, sender?: object): Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>;
  /** Runs the outbox until nothing more can run now. */
  settle(): Promise<void>;
  outbox(): Step[];
  /** Requests the worker made since the last call, as the sandbox logged them ("GET docs.googleapis.com /v1/documents/…"). */
  takeRequests(): string[];
  close(): Promise<void>;
}

/** The e2e suites' team (test/e2e/flows.ts), with a roster person the scan must always redact. */
export function teamSettings(sandbox: Sandbox): Settings {
  const s = e2eTeamSettings({ sandbox });
  s.roster = [{ name: 'Dana Whitfield', role: 'on-call engineer', handle: '', email: '' }];
  return s;
}

/** A fresh browser profile with the worker started, signed in to every service as a person does. */
export async function startWorker(opts: { settings?: (s: Sandbox) => Settings } = {}): Promise<WorkerHarness> {
  const sandbox = await startSandbox();
  env.storage.clear();
  env.alarms.clear();
  env.stopHere = () => false;
  env.authFlow = signInWindow(sandbox);
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => sandbox.fetch(new Request(input, init)));

  vi.resetModules();
  const gen: Generation = newGeneration();
  const outboxModule = await evaluateAs(gen, async () => {
    await import('../../src/background/index');
    return import('../../src/background/outbox');
  });

  const send: WorkerHarness['send'] = (type, payload, sender = POPUP) =>
    inGeneration(gen, async () => {
      const [answer] = dispatch('runtime.onMessage', { type, payload }, sender);
      return (await answer) as never;
    });
  const outbox = () => (env.storage.get('outbox') as Step[] | undefined) ?? [];
  const settle = async () => {
    for (let round = 0; round < 50; round++) {
      await inGeneration(gen, () => outboxModule.kick());
      const steps = outbox();
      if (!runnable(steps, Date.now()).length && !steps.some((s) => s.state === 'running')) return;
    }
    throw new Error('the outbox did not settle in 50 rounds');
  };
  let seen = 0;
  const takeRequests = () => {
    const all = sandbox.world().requests;
    const fresh = all.slice(seen).map((r) => `${r.method} ${r.host} ${r.path}`);
    seen = all.length;
    return fresh;
  };

  const saved = await send('settings/save', { settings: (opts.settings ?? teamSettings)(sandbox) });
  if (!saved.ok) throw new Error(`settings/save: ${saved.error.message}`);
  await send('profile/set', { role: 'Production Lead' });
  for (const service of ['google', 'slack', 'x', 'zoom', 'gitlab'] as const) {
    const connected = await send('connections/connect', { service });
    if (!connected.ok) throw new Error(`${service} sign-in: ${connected.error.message}`);
  }
  takeRequests();
  return { sandbox, send, settle, outbox, takeRequests, close: () => sandbox.close() };
}

/** Declares an incident and runs its steps; returns its id and working doc. */
export async function declared(
  h: WorkerHarness,
  title = 'Replica lag on the primary database',
): Promise<{ incidentId: string; documentId: string; publicDocumentId: string }> {
  const reply = await h.send<{ ok: boolean; incidentId?: string }>('incident/declare', { title, why: 'The whole site is down for every customer.' });
  if (!reply.ok || !reply.data.incidentId) throw new Error(`declare: ${JSON.stringify(reply)}`);
  await h.settle();
  const result = (name: string, field: string) => h.outbox().find((s) => s.incidentId === reply.data.incidentId && s.name === name)?.result?.[field] ?? '';
  const failed = h.outbox().filter((s) => s.state === 'failed' || s.state === 'retrying');
  if (failed.length) throw new Error(`declaration steps did not finish: ${failed.map((s) => `${s.name}: ${s.error}`).join('; ')}`);
  return { incidentId: reply.data.incidentId, documentId: result('doc', 'documentId'), publicDocumentId: result('publish', 'publicDocumentId') };
}
