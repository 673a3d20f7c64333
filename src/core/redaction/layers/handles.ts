import { isEnglishWord, isTechTerm, nameKind } from '../lexicon';
import { span, type Paragraph } from '../paragraph';
import type { DoubtSpan, PersonSpan } from '../types';
import { FUNCTION_WORDS } from '../vocabulary';
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
    // The shape first: most words are no account, and the dictionaries cost more than a regex.
    const inCode = p.text[t.start - 1] === '`' && p.text[t.end] === '`';
    const separated = /[\p{N}_.]/u.test(word) || /\p{Ll}\p{Lu}/u.test(word) || /-/.test(word);
    if (!separated && !inCode) continue;
    if (isTechTerm(t.lower) || isTeamHandle(word) || isEnglishWord(t.lower)) continue;
    const parts = word.split(/[-_.\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter((s) => s.length >= 2).map((s) => s.toLowerCase());
    if (parts.length === 0 || parts.every((s) => s.toUpperCase() === s)) continue;
    const named = parts.some(strong);
    const unknown = parts.some((s) => s.length >= 4 && !isEnglishWord(s) && !isTechTerm(s)) && /\p{Ll}/u.test(word);
    const camel = /\p{Ll}\p{Lu}/u.test(word) && !/[-_.\p{N}]/u.test(word);
    if (named || (unknown && !camel)) out.push({ start: t.start, end: t.stemEnd, text: word, reason: 'handle' });
  }
  return out;
}

// "kofi_m", "svetlana-p", "j.okafor": a name and an initial, the way account names are made.
const NAME_INITIAL = /^(?:(\p{Ll}{3,})[-_.]\p{Ll}|\p{Ll}[-_.](\p{Ll}{3,}))$/u;

/** Account names made of a given name or surname and an initial are people, wherever they stand. */
export function initialledHandles(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const t of p.tokens) {
    const word = p.text.slice(t.start, t.stemEnd);
    const m = NAME_INITIAL.exec(word);
    const name = m?.[1] ?? m?.[2];
    if (name === undefined || FUNCTION_WORDS.has(name) || nameKind(name) === null || isTechTerm(t.lower) || isTeamHandle(word)) continue;
    if (p.opaque.some((o) => o.start < t.end && t.start < o.end && !p.code.includes(o)) || /[@#/]/.test(p.text[t.start - 1] ?? '')) continue;
    out.push(span(p, t.start, t.stemEnd, 'handle'));
  }
  return out;
}
