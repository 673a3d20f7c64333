// One browser and sandbox per test file, and a fresh install's state before each test.
// (Apart from harness.ts, which the demo and the bench use without vitest.)
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { TokenService } from '../sandbox/index';
import { startHarness, type Harness } from './harness';

/** The harness of this file, usable as `h` at the top level; it exists once beforeAll has run. */
export function useHarness(connect: TokenService[] = []): Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.shutdown();
  });
  beforeEach(async () => {
    await h!.resetExtension();
    h!.sandbox.reset();
    if (connect.length) await h!.connect(...connect);
  });
  return new Proxy({} as Harness, {
    get: (_, key) => {
      if (!h) throw new Error('the harness is not started yet (use it inside a test or hook)');
      return h[key as keyof Harness];
    },
  });
}
