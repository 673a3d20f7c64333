// `npm run soak` (big) and, in `npm test`, a short seeded run: the worker's real code in Node
// against the sandbox with seeded faults. Prints the figures; fails on anything lost, duplicated
// or leaked, naming the seed to replay it with (SOAK_SEED=… npm run soak).
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { fakeBrowser, fakeChrome, WorkerStopped } from './fake-worker';
import { runNodeSoak } from './node-soak';

// Through a global, not an import: each worker start resets the module registry, and a
// re-imported fake would be a second, empty browser.
vi.mock('webextension-polyfill', () => ({ default: (globalThis as { soakBrowser?: unknown }).soakBrowser }));
(globalThis as { soakBrowser?: unknown }).soakBrowser = fakeBrowser;
vi.stubGlobal('chrome', fakeChrome);

const seed = Number(process.env['SOAK_SEED'] ?? 20261127);
const faults = Number(process.env['SOAK_FAULTS'] ?? 120);
const incidents = Number(process.env['SOAK_INCIDENTS'] ?? 4);

it(`survives ${faults} seeded faults over ${incidents} incidents (seed ${seed})`, async () => {
  // A stopped worker's leftovers complain as they fail; that is the stop working, not news.
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (args.some((a) => a instanceof WorkerStopped)) return;
    error(...args);
  };
  try {
    const report = await runNodeSoak({ seed, faults, incidents, log: process.env['SOAK_VERBOSE'] ? console.log : undefined });
    console.log(
      `soak (node): faults=${report.faults} incidents=${report.incidents} lost=${report.lost} duplicated=${report.duplicated} leaked=${report.leaked} seed=${report.seed}` +
        ` workerStarts=${report.workerStarts} retriesPressed=${report.retriesPressed} ms=${report.ms}\n  ${Object.entries(report.byKind)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}` +
        (report.problems.length ? `\n  FAILED, replay with SOAK_SEED=${report.seed}:\n  ${report.problems.join('\n  ')}` : ''),
    );
    expect(report.problems).toEqual([]);
    expect(report.faults).toBeGreaterThanOrEqual(faults);
  } finally {
    console.error = error;
  }
});
