// Runs the migrations on the browser's storage.local: lazily before the worker's first read (a
// worker may wake for an alarm or a message without onInstalled ever firing in it) and again on
// runtime.onInstalled with reason 'update'. Both join one queue, so they never run side by side,
// and a current store costs one read of one key.
import browser from 'webextension-polyfill';
import { migrate, STORAGE_VERSION, storedVersion } from './migrations';
import { VERSION_KEY } from './schema';

let queue: Promise<void> | undefined;

async function run(): Promise<void> {
  const version = storedVersion(await browser.storage.local.get(VERSION_KEY));
  if (version >= STORAGE_VERSION) return;
  const changes = migrate(await browser.storage.local.get(null), Date.now());
  // One set: the migrated keys and the new version land together or not at all.
  if (changes) await browser.storage.local.set(changes);
}

function enqueue(): Promise<void> {
  queue = (queue ?? Promise.resolve()).then(run).catch((err: unknown) => {
    // The state stays as the previous version left it, which this version still reads; the next
    // worker start or update tries again. Reads must not fail for it.
    console.error(err);
  });
  return queue;
}

/** Resolves once the stored state is at the current version (or a migration failed and was logged). */
export function storageReady(): Promise<void> {
  return queue ?? enqueue();
}

/** runtime.onInstalled with reason 'update': check the version again, whatever this worker did before. */
export function migrateOnUpdate(): Promise<void> {
  return enqueue();
}
