import { describe, expect, it } from 'vitest';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();
const BASE = 'https://docs.googleapis.com/v1/documents';

function google(): Record<string, string> {
  return { authorization: `Bearer ${sandbox().tokens().google}`, 'content-type': 'application/json' };
}

async function batch(id: string, requests: unknown[], writeControl?: unknown): Promise<Response> {
  return sandbox().fetch(`${BASE}/${id}:batchUpdate`, {
    method: 'POST',
    headers: google(),
    body: JSON.stringify({ requests, ...(writeControl ? { writeControl } : {}) }),
  });
}

async function getDoc(id: string): Promise<{
  revisionId: string;
  body: {
    content: Array<{
      startIndex?: number;
      endIndex: number;
      paragraph?: { elements: Array<{ textRun: { content: string } }>; paragraphStyle: { namedStyleType: string } };
    }>;
  };
  namedRanges?: Record<string, { namedRanges: Array<{ namedRangeId: string; ranges: Array<{ startIndex: number; endIndex: number }> }> }>;
}> {
  const res = await sandbox().fetch(`${BASE}/${id}`, { headers: google() });
  expect(res.status).toBe(200);
  return (await res.json()) as Awaited<ReturnType<typeof getDoc>>;
}

const textOf = (id: string): string =>
  sandbox()
    .world()
    .docs.find((d) => d.documentId === id)?.text ?? '(missing)';

describe('Docs API fake', () => {
  it('creates a doc from a title only and returns an empty body starting at index 1', async () => {
    const res = await sandbox().fetch(BASE, {
      method: 'POST',
      headers: google(),
      body: JSON.stringify({ title: 'Outage', body: { content: [{ paragraph: { elements: [{ textRun: { content: 'ignored' } }] } }] } }),
    });
    const doc = await jsonOf(res);
    expect(res.status).toBe(200);
    expect(doc['title']).toBe('Outage');
    expect(JSON.stringify(doc['body'])).toContain('"startIndex":1,"endIndex":2');
    expect(textOf(String(doc['documentId']))).toBe('\n');
  });

  it('counts indexes in UTF-16 code units: an emoji takes two', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'a😀b' });
    const doc = await getDoc(documentId);
    const para = doc.body.content[1];
    expect(para?.startIndex).toBe(1);
    expect(para?.endIndex).toBe(6); // a(1) + 😀(2) + b(1) + newline(1)
    // Index 4 is after the emoji, before "b".
    const res = await batch(documentId, [{ insertText: { location: { index: 4 }, text: '🔥' } }]);
    expect(res.status).toBe(200);
    expect(textOf(documentId)).toBe('a😀🔥b\n');
  });

  it('rejects an insertion or deletion that splits a surrogate pair, and leaves the doc alone', async () => {
    const { documentId, revisionId } = sandbox().createDoc({ title: 't', text: 'a😀b' });
    const insert = await batch(documentId, [{ insertText: { location: { index: 3 }, text: 'x' } }]);
    expect(insert.status).toBe(400);
    const del = await batch(documentId, [{ deleteContentRange: { range: { startIndex: 2, endIndex: 3 } } }]);
    expect(del.status).toBe(400);
    expect(((await jsonOf(del))['error'] as Record<string, unknown>)['status']).toBe('INVALID_ARGUMENT');
    expect(textOf(documentId)).toBe('a😀b\n');
    expect((await getDoc(documentId)).revisionId).toBe(revisionId);
  });

  it('deletes a whole emoji by its two code units and refuses to delete the final newline', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'a😀b' });
    expect((await batch(documentId, [{ deleteContentRange: { range: { startIndex: 2, endIndex: 4 } } }])).status).toBe(200);
    expect(textOf(documentId)).toBe('ab\n');
    expect((await batch(documentId, [{ deleteContentRange: { range: { startIndex: 1, endIndex: 4 } } }])).status).toBe(400);
  });

  it('inserts at endOfSegmentLocation just before the final newline and strips control characters', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'one' });
    await batch(documentId, [{ insertText: { endOfSegmentLocation: {}, text: '\ntwo\u0007\uE907' } }]);
    expect(textOf(documentId)).toBe('one\ntwo\n');
    const doc = await getDoc(documentId);
    expect(doc.body.content.map((c) => c.paragraph?.elements.map((e) => e.textRun.content).join(''))).toEqual([undefined, 'one\n', 'two\n']);
  });

  it('gives every write a new revisionId and returns it in writeControl', async () => {
    const { documentId, revisionId } = sandbox().createDoc({ title: 't', text: 'x' });
    const res = await batch(documentId, [{ insertText: { location: { index: 1 }, text: 'y' } }], { requiredRevisionId: revisionId });
    const body = await jsonOf(res);
    const next = (body['writeControl'] as Record<string, string>)['requiredRevisionId'];
    expect(next).toBeDefined();
    expect(next).not.toBe(revisionId);
    expect((await getDoc(documentId)).revisionId).toBe(next);
    expect(body['replies']).toEqual([{}]);
  });

  it('answers a stale requiredRevisionId with a 400 Google envelope and applies nothing', async () => {
    const { documentId, revisionId } = sandbox().createDoc({ title: 't', text: 'x' });
    await batch(documentId, [{ insertText: { location: { index: 1 }, text: 'someone else ' } }]);
    const res = await batch(documentId, [{ insertText: { location: { index: 1 }, text: 'mine ' } }], { requiredRevisionId: revisionId });
    expect(res.status).toBe(400);
    const error = (await jsonOf(res))['error'] as Record<string, unknown>;
    expect(error['code']).toBe(400);
    expect(typeof error['message']).toBe('string');
    expect(textOf(documentId)).toBe('someone else x\n');
  });

  it('applies a batch atomically: one invalid request and none of the others happen', async () => {
    const { documentId, revisionId } = sandbox().createDoc({ title: 't', text: 'Alice broke it' });
    const res = await batch(documentId, [
      { replaceAllText: { containsText: { text: 'Alice', matchCase: true }, replaceText: '[name]' } },
      { insertText: { location: { index: 999 }, text: 'out of range' } },
    ]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('requests[1].insertText');
    expect(textOf(documentId)).toBe('Alice broke it\n');
    expect((await getDoc(documentId)).revisionId).toBe(revisionId);
  });

  it('replaces all text, reporting occurrencesChanged and honouring matchCase', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'Alice and alice and ALICE 😀 Alice' });
    const res = await batch(documentId, [
      { replaceAllText: { containsText: { text: 'Alice', matchCase: true }, replaceText: 'X' } },
      { replaceAllText: { containsText: { text: 'alice', matchCase: false }, replaceText: 'Y' } },
      { replaceAllText: { containsText: { text: 'nobody', matchCase: false }, replaceText: 'Z' } },
    ]);
    const body = await jsonOf(res);
    // The real API leaves a zero count out of the JSON.
    expect(body['replies']).toEqual([{ replaceAllText: { occurrencesChanged: 2 } }, { replaceAllText: { occurrencesChanged: 2 } }, { replaceAllText: {} }]);
    expect(textOf(documentId)).toBe('X and Y and Y 😀 X\n');
  });

  it('keeps named ranges in step with edits and replaces their content by id or name', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'Impact: TBD.' });
    const created = await jsonOf(await batch(documentId, [{ createNamedRange: { name: 'impact', range: { startIndex: 9, endIndex: 12 } } }]));
    const id = (created['replies'] as Array<Record<string, Record<string, string>>>)[0]?.['createNamedRange']?.['namedRangeId'];
    expect(id).toMatch(/^kix\./);
    await batch(documentId, [{ insertText: { location: { index: 1 }, text: '😀 ' } }]);
    let doc = await getDoc(documentId);
    expect(doc.namedRanges?.['impact']?.namedRanges[0]?.ranges[0]).toMatchObject({ startIndex: 12, endIndex: 15 });
    await batch(documentId, [{ replaceNamedRangeContent: { namedRangeId: id, text: 'GitLab.com down' } }]);
    expect(textOf(documentId)).toBe('😀 Impact: GitLab.com down.\n');
    doc = await getDoc(documentId);
    expect(doc.namedRanges?.['impact']?.namedRanges[0]?.ranges[0]).toMatchObject({ startIndex: 12, endIndex: 27 });
    // An unknown name is a no-op; an unknown id is a 400.
    expect((await batch(documentId, [{ replaceNamedRangeContent: { namedRangeName: 'nope', text: 'x' } }])).status).toBe(200);
    expect((await batch(documentId, [{ replaceNamedRangeContent: { namedRangeId: 'kix.nope', text: 'x' } }])).status).toBe(400);
  });

  it('styles paragraphs and text, and requires the fields mask', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'Timeline\nentry' });
    const res = await batch(documentId, [
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { namedStyleType: 'HEADING_2' }, fields: 'namedStyleType' } },
      { updateTextStyle: { range: { startIndex: 10, endIndex: 15 }, textStyle: { link: { url: 'https://example.com' } }, fields: 'link' } },
    ]);
    expect(res.status).toBe(200);
    const doc = await getDoc(documentId);
    expect(doc.body.content[1]?.paragraph?.paragraphStyle.namedStyleType).toBe('HEADING_2');
    expect(doc.body.content[2]?.paragraph?.paragraphStyle.namedStyleType).toBe('NORMAL_TEXT');
    expect(JSON.stringify(doc.body.content[2])).toContain('"link":{"url":"https://example.com"},"underline":true');
    expect((await batch(documentId, [{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true } } }])).status).toBe(400);
  });

  it('moves the body into tabs[] with includeTabsContent', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'x' });
    const doc = await jsonOf(await sandbox().fetch(`${BASE}/${documentId}?includeTabsContent=true`, { headers: google() }));
    expect(doc['body']).toBeUndefined();
    expect(JSON.stringify(doc['tabs'])).toContain('"tabId":"t.0"');
  });

  it('answers without a valid token with the Google 401 envelope, and an unknown doc with 404', async () => {
    const { documentId } = sandbox().createDoc({ title: 't' });
    const res = await sandbox().fetch(`${BASE}/${documentId}`, { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(((await jsonOf(res))['error'] as Record<string, unknown>)['status']).toBe('UNAUTHENTICATED');
    expect((await sandbox().fetch(`${BASE}/missing`, { headers: google() })).status).toBe(404);
  });

  it('serves an injected 429 with Retry-After for the given count, then recovers', async () => {
    const { documentId } = sandbox().createDoc({ title: 't', text: 'x' });
    sandbox().fault({ host: 'docs.googleapis.com', method: 'POST', path: ':batchUpdate', status: 429, retryAfter: 7, count: 2 });
    const write = () => batch(documentId, [{ insertText: { location: { index: 1 }, text: 'y' } }]);
    const first = await write();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(((await jsonOf(first))['error'] as Record<string, unknown>)['status']).toBe('RESOURCE_EXHAUSTED');
    expect((await write()).status).toBe(429);
    expect((await write()).status).toBe(200);
    expect(textOf(documentId)).toBe('yx\n');
  });
});
