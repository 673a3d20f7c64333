// One pseudonym map per incident, shared by every responder's browser. The map lives in the working
// doc itself, one named range per assignment, because that is what every responder's extension can
// read and extend: the Docs API (documents scope) reads and writes a doc for anyone who may edit
// it, while Drive's appProperties are out of reach for a colleague under drive.file (apis.md,
// "Google scopes"). "Named ranges are not private. All applications and collaborators that have
// access to the document can see its named ranges" (NamedRange, specs/google-docs-v1.discovery.json;
// developers.google.com/docs/api/how-tos/named-ranges): the company, which may edit the working
// doc, can; the public reads only the separate public copy, which holds no named range.
//
// Concurrent assignments never collide because every assignment is planned against the whole map as
// one read of the doc holds it and written with writeControl.requiredRevisionId of that read: if
// anyone changed the doc meanwhile the write is refused (400) and the plan is made again on the new
// map. Reading is deterministic too, so every browser derives the same map from the same entries.
import type { PseudonymMap } from './redaction';

/** Every entry's name starts so; named ranges of other tools are left alone. */
export const ENTRY_PREFIX = 'incident-desk pseudonym ';
/** CreateNamedRangeRequest.name: "at least 1 character and no more than 256 characters, measured in UTF-16 code units". */
const NAME_LIMIT = 256;

export interface Assignment {
  key: string;
  pseudonym: string;
}

/** FNV-1a, 32 bits: a short, stable stand-in for the tail of a key too long for a name. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const encode = (pseudonym: string, key: string) => ENTRY_PREFIX + JSON.stringify([pseudonym, key]);

/**
 * The key as the shared map holds it: itself, or, when the entry would not fit in a name, its
 * beginning and a hash of the whole (the same in every browser, so lookups still agree).
 */
export function storedKey(key: string, pseudonym: string): string {
  if (encode(pseudonym, key).length <= NAME_LIMIT) return key;
  const tail = `…#${fnv1a(key)}`;
  for (let n = key.length - 1; n > 0; n--) {
    let head = key.slice(0, n);
    if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
    if (encode(pseudonym, head + tail).length <= NAME_LIMIT) return head + tail;
  }
  throw new RangeError(`the pseudonym "${pseudonym}" is too long for a shared map entry`);
}

/** The named range name of one assignment. */
export function entryName(a: Assignment): string {
  return encode(a.pseudonym, storedKey(a.key, a.pseudonym));
}

export function parseEntryName(name: string): Assignment | undefined {
  if (!name.startsWith(ENTRY_PREFIX)) return undefined;
  try {
    const v: unknown = JSON.parse(name.slice(ENTRY_PREFIX.length));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && v[0] !== '' && v[1] !== '') {
      return { pseudonym: v[0], key: v[1] };
    }
  } catch {
    // someone else's name that happens to share the prefix
  }
  return undefined;
}

/** "Engineer 2" before "Engineer 10": digits compare as numbers, the rest by code unit. */
export function comparePseudonyms(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The map the entries describe. A key written twice with different pseudonyms cannot come from
 * two pinned writes (the second would have been planned on the first); should it appear anyway,
 * every browser keeps the same one, the lowest pseudonym.
 */
export function sharedMapOf(names: Iterable<string>): PseudonymMap {
  const map: PseudonymMap = {};
  for (const name of names) {
    const a = parseEntryName(name);
    if (!a) continue;
    const known = map[a.key];
    if (known === undefined || comparePseudonyms(a.pseudonym, known) < 0) map[a.key] = a.pseudonym;
  }
  return map;
}

/**
 * The map to redact with: the shared one, plus what this browser assigned before the shared map
 * could hold it (before the doc existed) where that cannot clash. The shared map wins for its own
 * keys, and a local entry whose pseudonym the shared map already gives to other keys is dropped:
 * those may be another person, so the key is planned again rather than risk one pseudonym for two.
 */
export function planningMap(shared: PseudonymMap, local: PseudonymMap): PseudonymMap {
  const sharedKeys = new Set(Object.keys(shared));
  const taken = new Set(Object.values(shared));
  const map: PseudonymMap = {};
  for (const [key, pseudonym] of Object.entries(local)) {
    if (sharedKeys.has(storedKey(key, pseudonym))) continue;
    if (taken.has(pseudonym)) continue;
    map[key] = pseudonym;
  }
  return { ...map, ...shared };
}

export interface Plan<R> {
  result: R;
  /** what the shared map lacks and the result used: write these, or nothing of the result stands */
  additions: Assignment[];
}

/**
 * Redacts against the shared map (`redactWith` returns the map it ended with, as `redact` does)
 * and lists the assignments to add to it. A key that only its shortened stored form links to
 * the shared map is given the shared pseudonym and the redaction run again.
 */
export async function planAssignments<R extends { map: PseudonymMap }>(
  shared: PseudonymMap,
  local: PseudonymMap,
  redactWith: (map: PseudonymMap) => Promise<R>,
): Promise<Plan<R>> {
  const map = planningMap(shared, local);
  for (let pass = 0; pass < 3; pass++) {
    const result = await redactWith(map);
    const additions: Assignment[] = [];
    const seen = new Set<string>();
    let replanned = false;
    for (const [key, pseudonym] of Object.entries(result.map)) {
      const stored = storedKey(key, pseudonym);
      const known = shared[stored];
      if (known === undefined) {
        if (!seen.has(stored)) additions.push({ key, pseudonym });
        seen.add(stored);
      } else if (known !== pseudonym) {
        map[key] = known;
        replanned = true;
      }
    }
    if (!replanned) return { result, additions };
  }
  throw new Error('could not plan pseudonyms that agree with the shared map');
}

/** The shared map after `additions` were written to it. */
export function withAdditions(shared: PseudonymMap, additions: readonly Assignment[]): PseudonymMap {
  const next = { ...shared };
  for (const a of additions) next[storedKey(a.key, a.pseudonym)] = a.pseudonym;
  return next;
}

/** Where the shared map is kept: one read gives a revision, a write pinned to it fails if it is stale. */
export interface SharedMapStore {
  read(): Promise<{ revision: string; shared: PseudonymMap }>;
  /** true when written; false when the revision is no longer the latest (nothing was written) */
  write(revision: string, additions: Assignment[]): Promise<boolean>;
}

export class SharedMapBusy extends Error {
  constructor() {
    super('the shared pseudonym map kept changing while we tried to add to it');
    this.name = 'SharedMapBusy';
  }
}

/**
 * Read the map, plan, write pinned to that read; on a stale revision read again and plan again.
 * Returns the redaction that the written map backs and the shared map as it now stands.
 */
export async function assignShared<R extends { map: PseudonymMap }>(
  store: SharedMapStore,
  local: PseudonymMap,
  redactWith: (map: PseudonymMap) => Promise<R>,
  maxRounds = 6,
): Promise<{ result: R; shared: PseudonymMap; additions: Assignment[] }> {
  for (let round = 0; round < maxRounds; round++) {
    const { revision, shared } = await store.read();
    const { result, additions } = await planAssignments(shared, local, redactWith);
    if (!additions.length) return { result, shared, additions };
    if (await store.write(revision, additions)) return { result, shared: withAdditions(shared, additions), additions };
  }
  throw new SharedMapBusy();
}
