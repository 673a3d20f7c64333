// The migrations as the worker runs them on storage.local: before its first read, and again on
// an update, one at a time, never failing a read.
import { beforeEach, expect, it, vi } from 'vitest';
import today from './fixtures/unversioned-active-incident.json';
import older from './fixtures/unversioned-working-doc-published.json';

const storage = vi.hoisted(() => ({ map: new Map<string, unknown>(), sets: [] as string[][] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (keys: string | string[] | null) => {
          const wanted = keys === null ? [...storage.map.keys()] : [keys].flat();
          return structuredClone(Object.fromEntries(wanted.filter((k) => storage.map.has(k)).map((k) => [k, storage.map.get(k)])));
        },
        set: async (items: Record<string, unknown>) => {
          storage.sets.push(Object.keys(items).sort());
          for (const [k, v] of Object.entries(items)) storage.map.set(k, structuredClone(v));
        },
      },
    },
  },
}));

const seed = (state: Record<string, unknown>) => {
  storage.map = new Map(Object.entries(structuredClone(state)));
  storage.sets = [];
};

beforeEach(() => {
  vi.resetModules();
});

it("migrates before the worker's first read: an older incident's outbox reads with its public copy queued", async () => {
  seed(older);
  const { load } = await import('../background/store');
  const outbox = await load('outbox');
  expect(outbox.find((s) => s.key === `${older.activeIncidentId}:publish`)?.state).toBe('waiting');
  expect(storage.map.get('schemaVersion')).toBe(1);
  // The migrated keys and the version in one write.
  expect(storage.sets).toEqual([['outbox', 'schemaVersion', 'settings']]);
});

it('runs once per worker: later reads and an update on a current store write nothing', async () => {
  seed(today);
  const { load } = await import('../background/store');
  const { migrateOnUpdate } = await import('./versioned-store');
  await load('outbox');
  await Promise.all([load('incidents'), migrateOnUpdate(), load('settings')]);
  expect(storage.sets).toEqual([['schemaVersion']]);
  expect(await load('outbox')).toEqual(today.outbox);
});

it('an update migrates again, whatever this worker did before (onInstalled in a worker that had already read)', async () => {
  seed({});
  const { storageReady, migrateOnUpdate } = await import('./versioned-store');
  await storageReady();
  seed(older);
  await migrateOnUpdate();
  expect(storage.map.get('schemaVersion')).toBe(1);
  expect((storage.map.get('outbox') as { name: string }[]).some((s) => s.name === 'unpublishWorkingDoc')).toBe(true);
});

it('a state it cannot read is left as it was, and reads go on', async () => {
  const broken = structuredClone(today) as Record<string, unknown>;
  (broken['incidents'] as Record<string, Record<string, unknown>>)[today.activeIncidentId]!['state'] = 'paused';
  seed(broken);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { load } = await import('../background/store');
  expect((await load('outbox')).length).toBe(today.outbox.length);
  expect(storage.sets).toEqual([]);
  expect(storage.map.has('schemaVersion')).toBe(false);
  expect(String(error.mock.calls[0]?.[0])).toMatch(/could not be migrated to version 1/);
  error.mockRestore();
});
