// The stored state's versions and the migrations between them, free of the browser: each takes
// the whole of storage.local as read and returns only the keys it changes, which the caller
// writes together with the new version in one storage.local.set.
//
// 0 (no `schemaVersion`): every version up to the one that introduced it. This covers both
//   today's shape (src/storage/fixtures/unversioned-active-incident.json, captured from a real
//   run) and the older design in which the working doc itself was published to the web.
// 1: the same keys, checked against schema.ts; every active incident published through a public
//   copy; settings carry every field this version's schema has (older ones lack the self-hosted
//   GitLab application id, which defaults to empty).
import * as v from 'valibot';
import { settingsSchema } from '../core/settings';
import { givePublicCopies } from './legacy-public-copy';
import { storedStateSchema, VERSION_KEY, type Snapshot } from './schema';

export const STORAGE_VERSION = 1;

interface Migration {
  to: number;
  run(state: Snapshot, now: number): Snapshot;
}

const MIGRATIONS: Migration[] = [
  {
    to: 1,
    run(state, now) {
      const checked = v.parse(storedStateSchema, state);
      const outbox = checked.outbox ?? [];
      const migrated = givePublicCopies(outbox, checked.incidents ?? {}, now);
      return { ...(migrated === outbox ? {} : { outbox: migrated }), ...completeSettings(state['settings']) };
    },
  },
];

/**
 * Stored settings with the defaults of fields added since they were saved. Settings that do not
 * pass today's schema are left as they are: the options page names the bad fields on the next
 * save, and a setting must not stop an incident's state from being migrated.
 */
function completeSettings(stored: unknown): Snapshot {
  if (stored === undefined) return {};
  const parsed = v.safeParse(settingsSchema, stored);
  return parsed.success && canonical(parsed.output) !== canonical(stored) ? { settings: parsed.output } : {};
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

export class MigrationError extends Error {
  constructor(
    readonly to: number,
    cause: unknown,
  ) {
    super(
      `Incident Desk: the stored state could not be migrated to version ${to}: ${cause instanceof v.ValiError ? v.summarize(cause.issues) : String(cause)}`,
      { cause },
    );
  }
}

export function storedVersion(state: Snapshot): number {
  const version = state[VERSION_KEY];
  return typeof version === 'number' ? version : 0;
}

/**
 * What to write to bring `state` to the current version: the changed keys and the version, or
 * undefined when it is current already, or newer (an extension rolled back reads on, writes nothing).
 * Throws MigrationError, having changed nothing, when a migration cannot read the state.
 */
export function migrate(state: Snapshot, now: number): Snapshot | undefined {
  const from = storedVersion(state);
  if (from >= STORAGE_VERSION) return undefined;
  let current = state;
  let changes: Snapshot = {};
  for (const migration of MIGRATIONS.filter((m) => m.to > from)) {
    let changed: Snapshot;
    try {
      changed = migration.run(current, now);
    } catch (err) {
      throw new MigrationError(migration.to, err);
    }
    current = { ...current, ...changed };
    changes = { ...changes, ...changed };
  }
  return { ...changes, [VERSION_KEY]: STORAGE_VERSION };
}
