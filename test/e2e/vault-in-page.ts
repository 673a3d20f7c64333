export type VaultOp = [db: string, store: string, op: 'get' | 'set' | 'clear', values?: Record<string, unknown>];

/**
 * Reads or writes the extension's secrets vault (src/services/tokens.ts: IndexedDB database
 * VAULT_DB, store VAULT_STORE, one key per secret) with the raw API. Serialised into the
 * extension's own origin (Chrome's worker, a Firefox extension page) by each harness's evaluate,
 * so it uses nothing from outside its body.
 */
export async function vaultInPage([db, store, op, values]: VaultOp): Promise<Record<string, unknown> | undefined> {
  const opened = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = opened.transaction(store, op === 'get' ? 'readonly' : 'readwrite');
  const objects = tx.objectStore(store);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  let result: Record<string, unknown> | undefined;
  if (op === 'clear') objects.clear();
  if (op === 'set') for (const [k, v] of Object.entries(values ?? {})) objects.put(v, k);
  if (op === 'get') {
    const keys = await new Promise<IDBValidKey[]>(
      (resolve) => (objects.getAllKeys().onsuccess = (e) => resolve((e.target as IDBRequest<IDBValidKey[]>).result)),
    );
    const vals = await new Promise<unknown[]>((resolve) => (objects.getAll().onsuccess = (e) => resolve((e.target as IDBRequest<unknown[]>).result)));
    result = Object.fromEntries(keys.map((k, i) => [String(k), vals[i]]));
  }
  await done;
  opened.close();
  return result;
}
