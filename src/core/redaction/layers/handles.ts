import { isEnglishWord, isTechTerm, nameKind } from '../lexicon';
import { type Paragraph } from '../paragraph';
import type { DoubtSpan } from '../types';
import { isTeamHandle } from './mentions';

const strong = (w: string): boolean => nameKind(w) === 'given' || nameKind(w) === 'surname';

/**
 * Tokens shaped like accounts (dev_ana92, TheRealKofi, valentina.rossi) that no cue made a person:
 * held as doubts when a part of them is a name, or an unknown word with digits or separators.
 * In a code span, a lone unknown word is an account too (`hrezaei`).
 */
export function handleDoubts(p: Paragraph): DoubtSpan[] {
  const out: DoubtSpan[] = [];
  for (const t of p.tokens) {
    const word = p.text.slice(t.start, t.stemEnd);
    if (p.opaque.some((o) => o.start < t.end && t.start < o.end) || /[@#/]/.test(p.text[t.start - 1] ?? '')) continue;
    if (isTechTerm(t.lower) || isTeamHandle(word) || isEnglishWord(t.lower)) continue;
    const inCode = p.text[t.start - 1] === '`' && p.text[t.end] === '`';
    const separated = /[\p{N}_.]/u.test(word) || /\p{Ll}\p{Lu}/u.test(word) || /-/.test(word);
    if (!separated && !inCode) continue;
    const parts = word.split(/[-_.\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter((s) => s.length >= 2).map((s) => s.toLowerCase());
    if (parts.length === 0 || parts.every((s) => s.toUpperCase() === s)) continue;
    const named = parts.some(strong);
    const unknown = parts.some((s) => s.length >= 4 && !isEnglishWord(s) && !isTechTerm(s)) && /\p{Ll}/u.test(word);
    const camel = /\p{Ll}\p{Lu}/u.test(word) && !/[-_.\p{N}]/u.test(word);
    if (named || (unknown && !camel)) out.push({ start: t.start, end: t.stemEnd, text: word, reason: 'handle' });
  }
  return out;
}
