// Two responders' browsers against the sandbox's Docs API: Alice declared the incident, Bob joined
// it from the doc. Each has its own storage and its own Google sign-in (documents + drive.file, as
// the extension asks); the worker's real code runs for both, told apart by an async context.
import 'fake-indexeddb/auto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { useSandbox } from '../../test/sandbox/sandbox-fixture';
import { ENTRY_PREFIX, parseEntryName } from '../core/pseudonym-map';
import { PROVIDERS } from '../services/providers';

const state = vi.hoisted(() => ({
  browsers: { alice: new Map<string, unknown>(), bob: new Map<string, unknown>() } as Record<string, Map<string, unknown>>,
  who: undefined as undefined | { getStore(): string | undefined },
}));
const storage = () => state.browsers[state.who?.getStore() ?? 'alice']!;
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: { contains: async () => true },
    storage: {
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => storage().has(k))
              .map((k) => [k, structuredClone(storage().get(k))]),
          ),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) storage().set(k, structuredClone(v));
        },
        remove: async () => undefined,
      },
    },
    alarms: { create: async () => undefined, clear: async () => true },
  },
}));

const who = new AsyncLocalStorage<string>();
state.who = who;
const as = <T>(name: 'alice' | 'bob', fn: () => Promise<T>) => who.run(name, fn);

const sandbox = useSandbox();
const { redactTexts } = await import('../offscreen/redact-texts');
const { saveToken } = await import('../services/vault');
// Each browser runs its own worker: its own modules, so its own queues and locks.
const alices = { ...(await import('./scan')), ...(await import('./public-copy')) };
vi.resetModules();
const bobs = await import('./scan');
const workers = { alice: alices, bob: bobs };
const redactForIncident = (incidentId: string, texts: string[], keep?: boolean) =>
  workers[(who.getStore() ?? 'alice') as 'alice' | 'bob'].redactForIncident(incidentId, texts, keep);
const { scanDoc, renderPublicCopy } = alices;

const google = PROVIDERS.google;
const tokens: Record<string, string> = {};
/** Every batchUpdate the sandbox was sent, by whom; a test may hold one back. */
let writes: { who: string; body: { requests: Record<string, unknown>[] } }[] = [];
let holdAlicesWrite: Promise<void> | undefined;

beforeAll(() => {
  // Redaction runs in the offscreen document in Chromium; here its one message is answered by the same detector.
  vi.stubGlobal('chrome', {
    runtime: {
      ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
      getContexts: async () => [{}],
      sendMessage: async (r: { texts: string[]; settings: object; map: Record<string, string> }) => ({ ok: true, ...redactTexts(r.texts, r.settings, r.map) }),
    },
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const name = who.getStore() ?? 'alice';
    const headers = new Headers(init.headers);
    // One vault in this process: Bob's browser sends Bob's own token.
    headers.set('authorization', `Bearer ${tokens[name]}`);
    if (url.endsWith(':batchUpdate')) {
      writes.push({ who: name, body: JSON.parse(String(init.body)) as { requests: Record<string, unknown>[] } });
      if (name === 'alice' && holdAlicesWrite) await holdAlicesWrite;
    }
    return sandbox().fetch(url, { ...init, headers });
  });
});

let documentId = '';
let publicId = '';
const INCIDENT = 'inc-2026-01-01-0000';

beforeEach(async () => {
  writes = [];
  holdAlicesWrite = undefined;
  for (const m of Object.values(state.browsers)) m.clear();
  for (const name of ['alice', 'bob'])
    tokens[name] = sandbox().issueToken('google', { scope: google.scopes.join(' '), clientId: google.clientId, user: `${name}@example.com` }).access;
  await saveToken('google', { accessToken: tokens['alice']!, obtainedAt: new Date().toISOString() });
  const creator = { user: 'alice@example.com', clientId: google.clientId };
  ({ documentId } = sandbox().createDoc({ title: 'Major incident: replica lag', text: 'Major incident: replica lag\nTimeline\nCustomer impact', creator }));
  sandbox().share(documentId, { type: 'domain', role: 'writer', domain: 'example.com' });
  ({ documentId: publicId } = sandbox().createDoc({ title: 'Major incident (public): replica lag', creator }));
  // Both browsers know the incident by its doc: Alice declared it, Bob joined it (adopt.ts records the same step).
  const doc = { key: `${INCIDENT}:doc`, incidentId: INCIDENT, name: 'doc', after: [], state: 'done', attempts: 1, result: { documentId } };
  for (const m of Object.values(state.browsers)) m.set('outbox', [doc]);
});

const working = () =>
  sandbox()
    .world()
    .docs.find((d) => d.documentId === documentId)!;
const sharedEntries = () =>
  working()
    .namedRanges.map((r) => parseEntryName(r.name))
    .filter((a) => a !== undefined);

it("lands two responders' assignments made at the same moment in one map, without a collision", async () => {
  // Both read the empty map before either writes: Alice's write reaches the doc after Bob's.
  let release: () => void = () => undefined;
  holdAlicesWrite = new Promise((r) => (release = r));
  const alice = as('alice', () => redactForIncident(INCIDENT, ['Yusuf Okonkwo restarted the pooler']));
  const bob = as('bob', async () => {
    try {
      return await redactForIncident(INCIDENT, ['Priya Raman drained the queue']);
    } finally {
      release();
    }
  });
  const [a, b] = await Promise.all([alice, bob]);
  expect(b.texts).toEqual(['Engineer 1 drained the queue']);
  // Alice's first write was refused (stale revision): she read again and planned on Bob's entry.
  expect(a.texts).toEqual(['Engineer 2 restarted the pooler']);
  expect(writes.map((w) => w.who)).toEqual(['alice', 'bob', 'alice']);
  expect(sharedEntries()).toEqual(
    expect.arrayContaining([
      { key: 'priya raman', pseudonym: 'Engineer 1' },
      { key: 'yusuf okonkwo', pseudonym: 'Engineer 2' },
    ]),
  );
  expect(sharedEntries()).toHaveLength(2);

  // Bob never typed Yusuf's name, yet his browser calls him what Alice's does.
  writes = [];
  const again = await as('bob', () => redactForIncident(INCIDENT, ['Yusuf Okonkwo confirmed the fix']));
  expect(again.texts).toEqual(['Engineer 2 confirmed the fix']);
  expect(writes).toEqual([]); // nothing new: the map was read, not written
  // And a name neither knew takes the next free number, once.
  const third = await as('alice', () => redactForIncident(INCIDENT, ['Ingrid Solberg paged the database team']));
  expect(third.texts).toEqual(['Engineer 3 paged the database team']);
  expect(sharedEntries()).toHaveLength(3);
});

it('keeps a preview out of the shared map', async () => {
  const preview = await as('bob', () => redactForIncident(INCIDENT, ['Tomasz Nowak failed over'], false));
  expect(preview.texts).toEqual(['Engineer 1 failed over']);
  expect(writes).toEqual([]);
  expect(sharedEntries()).toEqual([]);
});

it("hands over what a browser assigned before the doc existed at the first scan, in the scan's own batch", async () => {
  // The declaring browser redacts the title and reason before the doc exists (declare-steps.ts).
  state.browsers['alice']!.set('outbox', []);
  await as('alice', () => redactForIncident(INCIDENT, ['Dana Miles saw the lag first']));
  expect(writes).toEqual([]);
  state.browsers['alice']!.set('outbox', state.browsers['bob']!.get('outbox'));
  await as('alice', () => scanDoc(INCIDENT, documentId));
  expect(writes).toHaveLength(1);
  expect(writes[0]!.body.requests.map((r) => Object.keys(r)[0])).toEqual(['createNamedRange']);
  expect(sharedEntries()).toEqual([{ key: 'dana miles', pseudonym: 'Engineer 1' }]);
  // Bob, later, for the same person: the same pseudonym.
  const bob = await as('bob', () => redactForIncident(INCIDENT, ['Dana Miles is back']));
  expect(bob.texts).toEqual(['Engineer 1 is back']);
});

it('redacts what a colleague typed with the shared pseudonyms, in the working doc and its public copy', async () => {
  const typeLine = async (name: 'alice' | 'bob', line: string) => {
    const doc = await as(
      name,
      async () =>
        (await (await fetch(`https://docs.googleapis.com/v1/documents/${documentId}`)).json()) as {
          body: { content: { startIndex: number; paragraph?: { elements: { textRun?: { content: string } }[] } }[] };
        },
    );
    const at = doc.body.content.find((e) => e.paragraph?.elements[0]?.textRun?.content === 'Customer impact\n')!.startIndex;
    await as(name, () =>
      fetch(`https://docs.googleapis.com/v1/documents/${documentId}:batchUpdate`, {
        method: 'POST',
        body: JSON.stringify({ requests: [{ insertText: { location: { index: at }, text: `${line}\n` } }] }),
      }),
    );
  };
  // Bob's browser assigned Priya when he wrote his own entry…
  const bobs = await as('bob', () => redactForIncident(INCIDENT, ['Priya Raman drained the queue']));
  expect(bobs.texts).toEqual(['Engineer 1 drained the queue']);
  // …and then typed in Docs itself, past the sidebar; Alice types a name of her own.
  await typeLine('bob', 'Priya Raman restarted the primary');
  await typeLine('alice', 'Yusuf Okonkwo watched the replicas');
  writes = [];
  // The declaring browser's scan and public copy: Priya keeps the pseudonym Bob's browser gave her.
  await as('alice', () => renderPublicCopy(INCIDENT, documentId, publicId));
  const scanBatch = writes.find((w) => w.body.requests.some((r) => 'replaceAllText' in r))!;
  expect(scanBatch.body.requests.map((r) => Object.keys(r)[0])).toEqual(['createNamedRange', 'replaceAllText', 'replaceAllText']);
  expect(working().text).toContain('Engineer 1 restarted the primary');
  expect(working().text).toContain('Engineer 2 watched the replicas');
  const copy = sandbox()
    .world()
    .docs.find((d) => d.documentId === publicId)!;
  expect(copy.text).toContain('Engineer 1 restarted the primary');
  expect(copy.text).toContain('Engineer 2 watched the replicas');
  expect(copy.text).not.toMatch(/Priya|Yusuf|Raman|Okonkwo/);
  // The map is in the working doc only: the public copy carries no entry, and no real name in any form.
  expect(sharedEntries()).toEqual(
    expect.arrayContaining([
      { key: 'priya raman', pseudonym: 'Engineer 1' },
      { key: 'yusuf okonkwo', pseudonym: 'Engineer 2' },
    ]),
  );
  expect(copy.namedRanges).toEqual([]);
  expect(JSON.stringify(copy)).not.toContain(ENTRY_PREFIX.trim());
  // Only the public copy is published; the working doc, which holds the map, is not, nor open to anyone.
  expect(working().permissions.some((p) => p.type === 'anyone')).toBe(false);
  expect(working().publishedUrl).toBeUndefined();
});

it("could not use Drive appProperties instead: a colleague's drive.file token does not reach the working doc", async () => {
  const res = await as('bob', () => fetch(`https://www.googleapis.com/drive/v3/files/${documentId}?fields=appProperties`));
  expect(res.status).toBe(404);
  const docs = await as('bob', () => fetch(`https://docs.googleapis.com/v1/documents/${documentId}`));
  expect(docs.status).toBe(200);
});
