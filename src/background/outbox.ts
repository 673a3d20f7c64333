// The persistent outbox: every side effect of declaring (and later of the timeline and the
// export) is a step stored before it runs. The worker may die at any moment; the next start
// picks up where it was, and the rules in core/outbox decide what runs and when.
import browser from 'webextension-polyfill';
import { failed, nextWake, prune, recover, retried, runnable, started, succeeded, type Step } from '../core/outbox';
import { AppError } from '../core/errors';
import { load, update } from './store';

export interface StepContext {
  step: Step;
  /** results of the incident's steps that are done, by step name */
  results: Record<string, Record<string, string>>;
}

export type Executor = (ctx: StepContext) => Promise<Record<string, string>>;

const ALARM = 'outbox';
// Retries sooner than this are also kept on a timer in the living worker; alarms are the
// backstop that wakes a worker that was killed in between.
const SHORT_WAIT_MS = 25_000;

let executors: Record<string, Executor> = {};
let onFailed: ((step: Step) => Promise<void>) | undefined;

/** Called once for each step that failed for good (no more automatic retries). */
export function onStepFailed(listener: (step: Step) => Promise<void>): void {
  onFailed = listener;
}
let running: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export function registerExecutors(map: Record<string, Executor>): void {
  executors = { ...executors, ...map };
}

function resultsOf(steps: Step[], incidentId: string): StepContext['results'] {
  return Object.fromEntries(steps.filter((s) => s.incidentId === incidentId && s.state === 'done').map((s) => [s.name, s.result ?? {}]));
}

async function runOne(step: Step): Promise<void> {
  const steps = await update('outbox', (all) => all.map((s) => (s.key === step.key ? started(s, Date.now()) : s)));
  const current = steps.find((s) => s.key === step.key)!;
  const executor = executors[current.name];
  let next: Step;
  try {
    if (!executor) throw new AppError('internal', `No executor for step "${current.name}".`);
    const result = await executor({ step: current, results: resultsOf(steps, current.incidentId) });
    next = succeeded(current, result, Date.now());
  } catch (err) {
    const appError = err instanceof AppError ? err : undefined;
    next = failed(
      current,
      {
        message: (err as Error)?.message ?? String(err),
        retryable: appError?.retryable ?? false,
        ...(appError?.retryAfterSeconds !== undefined ? { retryAfterSeconds: appError.retryAfterSeconds } : {}),
      },
      Date.now(),
    );
  }
  await update('outbox', (all) => all.map((s) => (s.key === next.key ? next : s)));
  if (next.state === 'failed') await onFailed?.(next).catch((err: unknown) => console.error('Incident Desk: could not tell about a failed step', err));
}

async function drain(): Promise<void> {
  try {
    for (;;) {
      const [next] = runnable(await load('outbox'), Date.now());
      if (!next) break;
      // One at a time: steps of an incident share its doc, its published revision and its
      // pseudonyms, and running them side by side would race on all three.
      await runOne(next);
    }
    await schedule();
  } catch (err) {
    // Storage or alarms failing must not leave every later kick() rejecting unseen.
    console.error('Incident Desk: the outbox could not run', err);
  }
}

async function schedule(): Promise<void> {
  const wake = nextWake(await load('outbox'));
  if (timer) clearTimeout(timer);
  if (wake === undefined) {
    await browser.alarms.clear(ALARM);
    return;
  }
  const wait = Math.max(0, wake - Date.now());
  await browser.alarms.create(ALARM, { when: Math.max(wake, Date.now() + 1000) });
  if (wait <= SHORT_WAIT_MS) timer = setTimeout(() => void kick(), wait);
}

/** Run whatever can run now; calls while a run is under way join it and run again after. */
export function kick(): Promise<void> {
  if (running) return running.then(() => kick());
  running = drain().finally(() => {
    running = undefined;
  });
  return running;
}

export async function enqueue(steps: Step[]): Promise<void> {
  await update('outbox', (all) => [...all, ...steps.filter((s) => !all.some((o) => o.key === s.key))]);
  void kick();
}

export async function retryStep(key: string): Promise<void> {
  await update('outbox', (all) => all.map((s) => (s.key === key ? retried(s, Date.now()) : s)));
  await browser.notifications?.clear(`step:${key}`).catch(() => undefined);
  void kick();
}

/** At worker start: steps left running died with the previous worker; resume everything. */
export async function resume(): Promise<void> {
  const incidents = await load('incidents');
  await update('outbox', (all) => prune(recover(all, Date.now()), (id) => incidents[id]?.resolvedAt, Date.now()));
  await kick();
}

export function onAlarm(name: string): void {
  if (name === ALARM) void kick();
}

/**
 * For a person waiting on a click: queue the step like any other (so a dead worker or a dropped
 * connection loses nothing and repeats nothing), then wait a moment for it. Resolves with its
 * result once done; undefined if it is still on its way (retrying, or waiting for another step);
 * rejects with its error if it failed for good.
 */
export async function enqueueAndWait(step: Step, waitMs = 8000): Promise<Record<string, string> | undefined> {
  await enqueue([step]);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const current = (await load('outbox')).find((s) => s.key === step.key);
    if (current?.state === 'done') return current.result ?? {};
    if (current?.state === 'failed') throw new AppError('internal', current.error ?? 'The step failed.');
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 50));
  }
}
