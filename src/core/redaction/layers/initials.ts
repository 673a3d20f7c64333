import { cueBefore, verbAfter } from '../cues';
import { isTechTerm } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import type { PersonSpan } from '../types';

const INITIALS = /^\p{Lu}{2,3}$/u;

/** "YP restarted the replica", "According to JN": capitals standing for a person. */
export function initials(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  p.tokens.forEach((tok, i) => {
    const word = p.text.slice(tok.start, tok.stemEnd);
    if (!INITIALS.test(word) || isTechTerm(tok.lower) || isOpaque(p, tok)) return;
    if (verbAfter(p, i, false) || cueBefore(p, i)) out.push(span(p, tok.start, tok.stemEnd, 'initials'));
  });
  return out;
}
