import nlp from 'compromise';
import { nameKind } from '../lexicon';
import { isOpaque, span, type Paragraph, type Range } from '../paragraph';
import { isCapitalised } from '../tokens';
import { HONORIFICS } from '../vocabulary';
import type { PersonSpan } from '../types';

const SENTENCE = /[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^\n]+/g;

interface Match {
  text: string;
  offset: { start: number; length: number };
}

/**
 * compromise reads a whole sentence to settle "Dr. Smith" or "Mark" (name or verb); it is slow
 * (~0.8 s per 10,000 words), so it runs only on sentences that hold such a case.
 */
function needsTagger(p: Paragraph, start: number, end: number, found: readonly Range[]): boolean {
  return p.tokens.some((t) => t.start >= start && t.end <= end && isCapitalised(t.text)
    && !found.some((f) => f.start <= t.start && t.end <= f.end)
    && (HONORIFICS.has(t.lower) || nameKind(t.lower) === 'ambiguous-given' || nameKind(t.lower) === 'surname'));
}

/** `found`: what the cheaper layers already settled, which compromise need not read again. */
export function compromisePeople(p: Paragraph, found: readonly Range[] = []): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const s of p.text.matchAll(SENTENCE)) {
    const start = s.index;
    if (!needsTagger(p, start, start + s[0].length, found)) continue;
    const people = nlp(s[0]).people().json({ offset: true }) as Match[];
    for (const m of people) {
      // compromise's span may carry punctuation or a leading "Thanks"; keep its capitalised core.
      const words = [...m.text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)].filter((w) => isCapitalised(w[0]) && !HONORIFICS.has(w[0].replace(/\.$/, '').toLowerCase()));
      const first = words.find((w) => nameKind(w[0].toLowerCase().replace(/['’]s$/, '')) !== null) ?? words[0];
      const lastWord = words.at(-1);
      if (first === undefined || lastWord === undefined) continue;
      const base = start + m.offset.start;
      const from = base + first.index;
      const to = base + lastWord.index + lastWord[0].replace(/\.$/, '').length;
      if (to <= from || isOpaque(p, { start: from, end: to })) continue;
      out.push(span(p, from, to, 'compromise'));
    }
  }
  return out;
}
