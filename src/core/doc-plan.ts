// What a batch of Docs requests leaves of the paragraphs it was planned on, so an operation can
// plan its change and the name replacements over the same read, write both in one pinned batch,
// and render the public copy without reading the doc again. Only the shapes Incident Desk sends
// are modelled (whole paragraphs inserted or deleted at paragraph boundaries, their named style
// set, replaceAllText); for anything else the answer is undefined and the caller reads the doc
// again rather than guess. Semantics as the Docs API reference describes batchUpdate: requests
// apply in order, each on the document the previous one left
// (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate).
import type { docs_v1 } from '@googleapis/docs';
import type { Paragraph } from './doc-sections';

type Request = docs_v1.Schema$Request;

const shift = (paras: Paragraph[], from: number, by: number) => {
  for (let i = from; i < paras.length; i++) paras[i] = { ...paras[i]!, startIndex: paras[i]!.startIndex + by, endIndex: paras[i]!.endIndex + by };
};

function insertText(paras: Paragraph[], index: number, text: string): boolean {
  // Whole paragraphs at the start of an existing one: they take its style until a style request.
  const at = paras.findIndex((p) => p.startIndex === index);
  if (at < 0 || !text.endsWith('\n')) return false;
  const style = paras[at]!.style;
  let start = index;
  const added = text
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const p = { text: line, startIndex: start, endIndex: start + line.length + 1, style };
      start = p.endIndex;
      return p;
    });
  shift(paras, at, text.length);
  paras.splice(at, 0, ...added);
  return true;
}

function deleteRange(paras: Paragraph[], startIndex: number, endIndex: number): boolean {
  const first = paras.findIndex((p) => p.startIndex === startIndex);
  const last = paras.findIndex((p) => p.endIndex === endIndex);
  if (first < 0 || last < first) return false;
  paras.splice(first, last - first + 1);
  shift(paras, first, startIndex - endIndex);
  return true;
}

function setStyle(paras: Paragraph[], startIndex: number, endIndex: number, style: string): void {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.endIndex > startIndex && p.startIndex < endIndex) paras[i] = { ...p, style };
  }
}

/** Counts and applies one replaceAllText, paragraph by paragraph (matches never span a paragraph end). */
function replaceAll(paras: Paragraph[], find: docs_v1.Schema$SubstringMatchCriteria, replaceText: string): number | undefined {
  if (!find.text) return undefined;
  let pattern: RegExp;
  try {
    const source = find.searchByRegex ? find.text : find.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(source, find.matchCase ? 'g' : 'gi');
  } catch {
    return undefined;
  }
  let count = 0;
  let moved = 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    // A regex replacement is literal text here: Incident Desk never sends "$1" in a replacement.
    const text = p.text.replace(pattern, () => (count++, replaceText));
    const delta = text.length - p.text.length;
    paras[i] = { ...p, text, startIndex: p.startIndex + moved, endIndex: p.endIndex + moved + delta };
    moved += delta;
  }
  return count;
}

export interface Planned {
  paragraphs: Paragraph[];
  /** per request, what its reply will say it changed (replaceAllText's occurrencesChanged) */
  occurrences: (number | undefined)[];
}

/** The paragraphs `requests` leave, or undefined when a request is not one this models. */
export function afterRequests(read: readonly Paragraph[], requests: readonly Request[]): Planned | undefined {
  const paras = read.map((p) => ({ ...p }));
  const occurrences: (number | undefined)[] = [];
  for (const r of requests) {
    const keys = Object.keys(r).filter((k) => r[k as keyof Request] !== undefined);
    if (keys.length !== 1) return undefined;
    if (r.insertText) {
      const index = r.insertText.location?.index;
      if (index === undefined || index === null || r.insertText.location?.segmentId || !insertText(paras, index, r.insertText.text ?? '')) return undefined;
      occurrences.push(undefined);
    } else if (r.deleteContentRange) {
      const { startIndex, endIndex, segmentId } = r.deleteContentRange.range ?? {};
      if (typeof startIndex !== 'number' || typeof endIndex !== 'number' || segmentId || !deleteRange(paras, startIndex, endIndex)) return undefined;
      occurrences.push(undefined);
    } else if (r.updateParagraphStyle) {
      const { range, paragraphStyle, fields } = r.updateParagraphStyle;
      if (fields !== 'namedStyleType' || !paragraphStyle?.namedStyleType || typeof range?.startIndex !== 'number' || typeof range.endIndex !== 'number')
        return undefined;
      setStyle(paras, range.startIndex, range.endIndex, paragraphStyle.namedStyleType);
      occurrences.push(undefined);
    } else if (r.updateTextStyle) {
      // A link or emphasis changes no paragraph's text or named style.
      if (r.updateTextStyle.range?.segmentId) return undefined;
      occurrences.push(undefined);
    } else if (r.replaceAllText) {
      const count = r.replaceAllText.containsText ? replaceAll(paras, r.replaceAllText.containsText, r.replaceAllText.replaceText ?? '') : undefined;
      if (count === undefined) return undefined;
      occurrences.push(count);
    } else {
      return undefined;
    }
  }
  return { paragraphs: paras, occurrences };
}
