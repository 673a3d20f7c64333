// What the shared pseudonym map (src/core/pseudonym-map.ts) relies on, as the Docs API documents
// it (specs/google-docs-v1.discovery.json; developers.google.com/docs/api/how-tos/named-ranges):
// - NamedRange: "Named ranges are not private. All applications and collaborators that have
//   access to the document can see its named ranges."
// - CreateNamedRangeRequest.name: "Names do not need to be unique. Names must be at least 1
//   character and no more than 256 characters, measured in UTF-16 code units."
// - Document.revisionId: "If the revision ID is unchanged between calls, then the document has
//   not changed" and "cannot be shared across users"; WriteControl.requiredRevisionId: "If this
//   is not the latest revision of the document, the request is not processed and returns a 400".
import { expect, it } from 'vitest';
import { useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();
const BASE = 'https://docs.googleapis.com/v1/documents';

const as = (user: 'alice' | 'bob') => ({ authorization: `Bearer ${sandbox().googleTokens()[`${user}@example.com`]}`, 'content-type': 'application/json' });

interface DocJson {
  revisionId?: string;
  namedRanges?: Record<string, { name: string; namedRanges: { namedRangeId: string; name: string }[] }>;
}

async function get(user: 'alice' | 'bob', id: string): Promise<DocJson> {
  const res = await sandbox().fetch(`${BASE}/${id}`, { headers: as(user) });
  expect(res.status).toBe(200);
  return (await res.json()) as DocJson;
}

const batch = (user: 'alice' | 'bob', id: string, requests: unknown[], requiredRevisionId?: string) =>
  sandbox().fetch(`${BASE}/${id}:batchUpdate`, {
    method: 'POST',
    headers: as(user),
    body: JSON.stringify({ requests, ...(requiredRevisionId ? { writeControl: { requiredRevisionId } } : {}) }),
  });

function sharedDoc(): string {
  const { documentId } = sandbox().createDoc({ title: 'Incident', text: 'Incident\nTimeline' });
  sandbox().share(documentId, { type: 'domain', role: 'writer', domain: 'example.com' });
  return documentId;
}

it('shows a named range one editor created to every collaborator, grouped by its name, duplicates allowed', async () => {
  const id = sharedDoc();
  const range = { startIndex: 1, endIndex: 9 };
  for (let i = 0; i < 2; i++) expect((await batch('alice', id, [{ createNamedRange: { name: 'entry', range } }])).status).toBe(200);
  const seen = await get('bob', id);
  expect(seen.namedRanges?.['entry']?.name).toBe('entry');
  expect(seen.namedRanges?.['entry']?.namedRanges).toHaveLength(2);
  const ids = seen.namedRanges!['entry']!.namedRanges.map((r) => r.namedRangeId);
  expect(new Set(ids).size).toBe(2);
});

it('takes names of 1 to 256 UTF-16 code units only', async () => {
  const id = sharedDoc();
  const range = { startIndex: 1, endIndex: 9 };
  expect((await batch('alice', id, [{ createNamedRange: { name: '😀'.repeat(128), range } }])).status).toBe(200);
  expect((await batch('alice', id, [{ createNamedRange: { name: `${'😀'.repeat(128)}x`, range } }])).status).toBe(400);
  expect((await batch('alice', id, [{ createNamedRange: { name: '', range } }])).status).toBe(400);
});

it("moves every user's revision when only a named range is added, so a write pinned to the old one is refused whole", async () => {
  const id = sharedDoc();
  const bobBefore = (await get('bob', id)).revisionId!;
  const aliceBefore = (await get('alice', id)).revisionId!;
  expect(bobBefore).not.toBe(aliceBefore); // per user
  const range = { startIndex: 1, endIndex: 9 };
  expect((await batch('alice', id, [{ createNamedRange: { name: 'first', range } }], aliceBefore)).status).toBe(200);
  expect((await get('bob', id)).revisionId).not.toBe(bobBefore);
  const stale = await batch('bob', id, [{ createNamedRange: { name: 'second', range } }], bobBefore);
  expect(stale.status).toBe(400);
  expect(Object.keys((await get('alice', id)).namedRanges ?? {})).toEqual(['first']);
});
