// core/doc-plan.ts predicts what a batch leaves of the doc, so an operation need not read it
// again. Checked against the sandbox's Docs fake (which follows the Docs API reference): random
// batches of the shapes the worker sends, applied both ways, must leave the same paragraphs.
import * as fc from 'fast-check';
import type { docs_v1 } from '@googleapis/docs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { afterRequests } from '../../src/core/doc-plan';
import { findSection, insertParagraphs, paragraphs, replaceSectionBody } from '../../src/core/doc-sections';
import { wholeWord } from '../../src/core/whole-word';
import { startSandbox, type Sandbox } from '../sandbox/index';

let sandbox: Sandbox;
let auth: Record<string, string>;
beforeAll(async () => {
  sandbox = await startSandbox();
  auth = { authorization: `Bearer ${sandbox.googleTokens()['alice@example.com']}`, 'content-type': 'application/json' };
});
afterAll(async () => sandbox?.close());

const api = 'https://docs.googleapis.com/v1/documents';
async function call<T>(url: string, body?: unknown): Promise<T> {
  const res = await sandbox.fetch(url, body === undefined ? { headers: auth } : { method: 'POST', headers: auth, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const WORDS = ['replica', 'Dana', 'lag', 'Dana Whitfield', 'queue', 'é-node', 'x'];
const line = fc.array(fc.constantFrom(...WORDS, 'the', 'is', 'up'), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
type Op =
  | { kind: 'insert'; at: number; lines: string[] }
  | { kind: 'section'; which: number; lines: string[] }
  | { kind: 'replace'; word: string; by: string }
  | { kind: 'link'; at: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), lines: fc.array(line, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('section' as const), which: fc.nat(), lines: fc.array(line, { minLength: 0, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('replace' as const), word: fc.constantFrom(...WORDS), by: fc.constantFrom('Engineer 1', '', 'On-call engineer (2)') }),
  fc.record({ kind: fc.constant('link' as const), at: fc.nat() }),
);

it('predicts the paragraphs the Docs API leaves, for every batch shape the worker sends', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 5 }), fc.array(op, { minLength: 1, maxLength: 4 }), async (body, ops) => {
      const created = await call<{ documentId: string }>(api, { title: 'Plan check' });
      const url = `${api}/${created.documentId}`;
      // Two sections followed by a third, as an incident doc has them (its last section is the post-mortem).
      const start: docs_v1.Schema$Request[] = [
        { insertText: { location: { index: 1 }, text: `${['Timeline', ...body, 'Customer impact', 'unknown', 'Post-mortem'].join('\n')}\n` } },
      ];
      await call(`${url}:batchUpdate`, { requests: start });
      let read = paragraphs(await call<docs_v1.Schema$Document>(url));
      const headings = [read[0]!, read[body.length + 1]!, read[body.length + 3]!].map((p) => ({
        range: { startIndex: p.startIndex, endIndex: p.endIndex },
        paragraphStyle: { namedStyleType: 'HEADING_1' },
        fields: 'namedStyleType',
      }));
      await call(`${url}:batchUpdate`, { requests: headings.map((h) => ({ updateParagraphStyle: h })) });
      const doc = await call<docs_v1.Schema$Document>(url);
      read = paragraphs(doc);

      // Each op planned on the doc as the previous ones leave it, as one batch.
      const requests: docs_v1.Schema$Request[] = [];
      let state = read;
      for (const o of ops) {
        let next: docs_v1.Schema$Request[] = [];
        if (o.kind === 'insert') next = insertParagraphs(state[o.at % state.length]!.startIndex, o.lines);
        else if (o.kind === 'section') {
          const section = findSection(state, o.which % 2 ? 'Customer impact' : 'Timeline');
          if (section) next = replaceSectionBody(section, o.lines);
        } else if (o.kind === 'replace')
          next = [{ replaceAllText: { containsText: { text: wholeWord(o.word), matchCase: true, searchByRegex: true }, replaceText: o.by } }];
        else {
          const p = state[o.at % state.length]!;
          if (p.endIndex - p.startIndex > 1)
            next = [
              {
                updateTextStyle: {
                  range: { startIndex: p.startIndex, endIndex: p.endIndex - 1 },
                  textStyle: { link: { url: 'https://gitlab.com/x' } },
                  fields: 'link',
                },
              },
            ];
        }
        const planned = afterRequests(state, next);
        expect(planned).toBeDefined();
        state = planned!.paragraphs;
        requests.push(...next);
      }
      const predicted = afterRequests(read, requests)!;
      const reply = await call<docs_v1.Schema$BatchUpdateDocumentResponse>(`${url}:batchUpdate`, {
        requests,
        writeControl: { requiredRevisionId: doc.revisionId },
      });
      const actual = paragraphs(await call<docs_v1.Schema$Document>(url));
      expect(predicted.paragraphs).toEqual(actual);
      expect(predicted.occurrences.filter((n) => n !== undefined)).toEqual(
        (reply.replies ?? []).flatMap((r) => (r.replaceAllText ? [r.replaceAllText.occurrencesChanged ?? 0] : [])),
      );
    }),
    { numRuns: 60, seed: 20261202 },
  );
}, 120_000);

it('declines what it does not model, so the caller reads the doc instead of guessing', () => {
  const read = [{ text: 'Timeline', startIndex: 1, endIndex: 10, style: 'HEADING_1' }];
  expect(afterRequests(read, [{ insertText: { location: { index: 4 }, text: 'mid-word' } }])).toBeUndefined();
  expect(afterRequests(read, [{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }])).toBeUndefined();
  expect(afterRequests(read, [{ deleteContentRange: { range: { startIndex: 2, endIndex: 5 } } }])).toBeUndefined();
});
