import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffMs, failed, MAX_ATTEMPTS, newStep, nextWake, prune, recover, retried, runnable, started, succeeded, type Step } from './outbox';

const T = 1_000_000;
const plan = (): Step[] => [
  newStep('inc1', 'warRoom', [], T),
  newStep('inc1', 'doc', ['warRoom'], T),
  newStep('inc1', 'scan', ['doc'], T),
  newStep('inc1', 'publish', ['scan'], T),
  newStep('inc1', 'tweet', ['publish'], T),
];
const names = (steps: Step[]) => steps.map((s) => s.name);
const replace = (steps: Step[], next: Step) => steps.map((s) => (s.key === next.key ? next : s));

describe('outbox rules', () => {
  it('runs a step only after the steps it waits for are done', () => {
    let steps = plan();
    expect(names(runnable(steps, T))).toEqual(['warRoom']);
    steps = replace(steps, succeeded(started(steps[0]!, T), { joinUrl: 'https://zoom.us/j/1' }, T));
    expect(names(runnable(steps, T))).toEqual(['doc']);
    expect(steps[0]!.key).toBe('inc1:warRoom');
  });

  it('retries a retryable failure after backoff, honouring Retry-After', () => {
    const step = started(plan()[0]!, T);
    const retrying = failed(step, { message: '429', retryable: true, retryAfterSeconds: 30 }, T);
    expect(retrying).toMatchObject({ state: 'retrying', nextAt: T + 30_000, error: '429' });
    expect(runnable([retrying], T + 29_999)).toEqual([]);
    expect(runnable([retrying], T + 30_000)).toHaveLength(1);
    expect(nextWake([retrying])).toBe(T + 30_000);
  });

  it('gives up on a non-retryable failure or after the last attempt, and retries on request', () => {
    const step = started(plan()[0]!, T);
    expect(failed(step, { message: 'reconnect', retryable: false }, T).state).toBe('failed');
    const worn = { ...step, attempts: MAX_ATTEMPTS };
    const dead = failed(worn, { message: 'down', retryable: true }, T);
    expect(dead.state).toBe('failed');
    expect(retried(dead, T + 5)).toMatchObject({ state: 'retrying', attempts: 0, nextAt: T + 5 });
  });

  it('backs off exponentially and caps at five minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(300_000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 3600 }), (n, ra) => backoffMs(n, ra) >= ra * 1000));
  });

  it('marks a step cut off by a dead worker as interrupted so it checks before creating again', () => {
    const steps = plan();
    const running = started(steps[0]!, T);
    const [recovered] = recover([running], T + 10);
    expect(recovered).toMatchObject({ state: 'retrying', nextAt: T + 10, interrupted: true, attempts: 1 });
    expect(succeeded(started(recovered!, T + 11), {}, T + 12)).not.toHaveProperty('interrupted');
    // nothing was running: the very same list, so the worker's start writes nothing
    expect(recover(steps, T)).toBe(steps);
  });

  it('keeps dependents waiting when a dependency failed', () => {
    let steps = plan();
    steps = replace(steps, failed(started(steps[0]!, T), { message: 'no zoom', retryable: false }, T));
    expect(runnable(steps, T + 1_000_000)).toEqual([]);
  });
});

describe('outbox pruning', () => {
  const DAY = 24 * 60 * 60_000;
  const done = (incidentId: string, name: string) => succeeded(started(newStep(incidentId, name, [], T), T), {}, T);
  const steps = [
    done('old', 'doc'),
    done('old', 'tweet'),
    done('old', 'entry'),
    done('recent', 'tweet'),
    done('active', 'tweet'),
    started(newStep('old', 'export', [], T), T),
  ];
  const resolved: Record<string, string> = { old: new Date(T - 40 * DAY).toISOString(), recent: new Date(T - 2 * DAY).toISOString() };

  it('drops the finished work of incidents resolved over 30 days ago, keeping which doc was theirs', () => {
    const kept = prune(steps, (id) => resolved[id], T);
    expect(kept.map((s) => s.key)).toEqual(['old:doc', 'recent:tweet', 'active:tweet', 'old:export']);
  });

  it('returns the very same list when there is nothing to drop', () => {
    const list = steps.filter((s) => s.incidentId !== 'old');
    expect(prune(list, (id) => resolved[id], T)).toBe(list);
  });
});
