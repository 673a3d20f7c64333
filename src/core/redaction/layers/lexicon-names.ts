import { cueBefore, verbAfter } from '../cues';
import { isDateWord, isEnglishWord, isTechTerm, nameKind } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import { adjacent, atSentenceStart, isCapitalised, type Token } from '../tokens';
import { FUNCTION_WORDS } from '../vocabulary';
import type { PersonSpan } from '../types';

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'del', 'dos', 'bin', 'al', 'ter']);
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

function surnameLike(tok: Token | undefined): boolean {
  if (tok === undefined || !isCapitalised(tok.text) || /^\p{Lu}{2,}$/u.test(tok.text)) return false;
  const lower = tok.lower;
  return !FUNCTION_WORDS.has(lower) && !isTechTerm(lower) && !isDateWord(lower) && !/\p{N}/u.test(tok.text);
}

/**
 * Grows a given name over what follows it: a middle initial, particles ("van der"), the surname.
 * Returns the index of the last token of the name.
 */
function extendName(p: Paragraph, i: number): number {
  for (let j = i + 1; j < p.tokens.length && j <= i + 3; j++) {
    const prev = p.tokens[j - 1];
    const tok = p.tokens[j];
    if (prev === undefined || tok === undefined || prev.stemEnd !== prev.end) return i;
    const gap = p.text.slice(prev.end, tok.start);
    if (gap !== ' ' && !(gap === '. ' && MIDDLE_INITIAL.test(prev.text))) return i;
    if (MIDDLE_INITIAL.test(tok.text) || PARTICLES.has(tok.text)) continue;
    return surnameLike(tok) ? j : i;
  }
  return i;
}

/**
 * Given names and surnames that compromise's lexicon knows, at any capitalisation, grown into
 * full names. Lower-case or surname-only hits need a cue, since "tony" or "Carter" alone is weak.
 */
export function lexiconNames(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (let i = 0; i < p.tokens.length; i++) {
    const tok = p.tokens[i];
    if (tok === undefined || isOpaque(p, tok)) continue;
    const kind = nameKind(tok.lower);
    if (kind === null) continue;
    const capital = isCapitalised(tok.text);
    const cued = verbAfter(p, i, false) || cueBefore(p, i);
    const next = p.tokens[i + 1];
    const beforeSurname = capital && next !== undefined && adjacent(p.text, tok, next) && surnameLike(next)
      && (nameKind(next.lower) !== null || !isEnglishWord(next.lower));
    let accept: boolean;
    if (kind === 'given') accept = capital || cued;
    else if (kind === 'ambiguous-given') accept = capital && (beforeSurname || cued || !atSentenceStart(p.text, tok));
    else accept = capital && cued;
    if (!accept) continue;
    const last = capital && kind !== 'surname' ? extendName(p, i) : i;
    const end = p.tokens[last] ?? tok;
    out.push(span(p, tok.start, end.end, 'lexicon'));
    i = last;
  }
  return out;
}
