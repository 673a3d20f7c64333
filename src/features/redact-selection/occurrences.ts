import { wholeWord } from '../../core/whole-word';

export interface Occurrence {
  /** index of the paragraph it is in */
  paragraph: number;
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 32;

/**
 * Where the doc's "replace all" will rewrite the term: the same whole-word, case-sensitive
 * pattern the worker sends to the Docs API, so the count shown before confirming is the count
 * that changes.
 */
export function occurrences(paragraphs: readonly string[], term: string): Occurrence[] {
  const trimmed = term.trim();
  if (!trimmed) return [];
  const pattern = new RegExp(wholeWord(trimmed), 'g');
  const found: Occurrence[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(pattern)) {
      const at = m.index;
      found.push({
        paragraph,
        before: (at > CONTEXT ? '…' : '') + text.slice(Math.max(0, at - CONTEXT), at),
        match: m[0],
        after: text.slice(at + m[0].length, at + m[0].length + CONTEXT) + (at + m[0].length + CONTEXT < text.length ? '…' : ''),
      });
    }
  });
  return found;
}
