// The outbox's rules, free of storage and timers: which step may run now, and what a success or
// a failure does to it. Steps are persisted before they run; a step found "running" when a new
// worker starts was cut off by the old worker's death, so it runs again, and its executor first
// looks for what the cut-off attempt may already have created (idempotency by key).
export type StepState = 'waiting' | 'running' | 'done' | 'failed' | 'retrying';

export interface Step {
  /** idempotency key: `${incidentId}:${name}` */
  key: string;
  incidentId: string;
  name: string;
  /** names of steps of the same incident that must be done first */
  after: string[];
  state: StepState;
  attempts: number;
  /** epoch ms of the next attempt, when retrying */
  nextAt?: number;
  error?: string;
  /** set when the previous attempt may have had effects we did not see complete */
  interrupted?: boolean;
  result?: Record<string, string>;
  /** what the step acts on, for steps that carry their own input (a timeline entry) */
  payload?: Record<string, string>;
  updatedAt: number;
}

export interface Failure {
  message: string;
  retryable: boolean;
  retryAfterSeconds?: number;
}

export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 5 * 60_000;

export function newStep(incidentId: string, name: string, after: string[], now: number, payload?: { id: string; data: Record<string, string> }): Step {
  return {
    key: payload ? `${incidentId}:${name}:${payload.id}` : `${incidentId}:${name}`,
    incidentId,
    name,
    after,
    state: 'waiting',
    attempts: 0,
    updatedAt: now,
    ...(payload ? { payload: payload.data } : {}),
  };
}

/** Exponential backoff from 1 s, capped at 5 min; when the service says when (Retry-After), we wait that long. */
export function backoffMs(attempts: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined) return Math.max(1000, retryAfterSeconds * 1000);
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

function depsDone(step: Step, steps: Step[]): boolean {
  return step.after.every((name) => steps.some((s) => s.incidentId === step.incidentId && s.name === name && s.state === 'done'));
}

/** Steps that may start now, in the order they were enqueued. */
export function runnable(steps: Step[], now: number): Step[] {
  return steps.filter((s) => (s.state === 'waiting' || (s.state === 'retrying' && (s.nextAt ?? 0) <= now)) && depsDone(s, steps));
}

/** After a worker restart: a step left "running" died with the old worker. */
export function recover(steps: Step[], now: number): Step[] {
  if (!steps.some((s) => s.state === 'running')) return steps;
  return steps.map((s) => (s.state === 'running' ? { ...s, state: 'retrying', nextAt: now, interrupted: true, updatedAt: now } : s));
}

export function started(step: Step, now: number): Step {
  return { ...step, state: 'running', attempts: step.attempts + 1, updatedAt: now };
}

export function succeeded(step: Step, result: Record<string, string>, now: number): Step {
  const { nextAt: _n, error: _e, interrupted: _i, ...rest } = step;
  return { ...rest, state: 'done', result, updatedAt: now };
}

export function failed(step: Step, failure: Failure, now: number): Step {
  if (failure.retryable && step.attempts < MAX_ATTEMPTS) {
    return { ...step, state: 'retrying', nextAt: now + backoffMs(step.attempts, failure.retryAfterSeconds), error: failure.message, updatedAt: now };
  }
  const { nextAt: _n, ...rest } = step;
  return { ...rest, state: 'failed', error: failure.message, updatedAt: now };
}

/** The person pressed Retry: a failed step starts over (its executor still checks before creating). */
export function retried(step: Step, now: number): Step {
  if (step.state !== 'failed' && step.state !== 'retrying') return step;
  return { ...step, state: 'retrying', nextAt: now, attempts: 0, interrupted: true, updatedAt: now };
}

/**
 * Whether an earlier attempt of this step may have had effects: it was cut off, or it failed
 * after the service had already acted (a lost response, a 5xx after the write). Executors then
 * look for what that attempt created before creating it again.
 */
export function mayHaveRun(step: Step): boolean {
  return Boolean(step.interrupted) || step.attempts > 1;
}

/** When the outbox must wake next, if anything is scheduled. */
export function nextWake(steps: Step[]): number | undefined {
  const times = steps.filter((s) => s.state === 'retrying' && s.nextAt !== undefined).map((s) => s.nextAt!);
  return times.length ? Math.min(...times) : undefined;
}

const KEEP_DONE_MS = 30 * 24 * 60 * 60_000;
// What the sidebar and lookups still need of an old incident: which doc is its, and its public copy.
const LASTING = new Set(['doc', 'publish']);

/**
 * The outbox without the finished work of incidents resolved more than 30 days ago, so it (and
 * every write of it) does not grow with each incident. Returns the same list when nothing goes.
 */
export function prune(steps: Step[], resolvedAt: (incidentId: string) => string | undefined, now: number): Step[] {
  const old = (s: Step) => {
    const at = resolvedAt(s.incidentId);
    return at !== undefined && now - Date.parse(at) > KEEP_DONE_MS && s.state === 'done' && !LASTING.has(s.name);
  };
  return steps.some(old) ? steps.filter((s) => !old(s)) : steps;
}
