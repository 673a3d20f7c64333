import { cueBefore, pairActs, verbAfter } from '../cues';
import { isVocabulary, nameKind } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import { atSentenceStart, isLowerWord, isTitleCase, isUsernameLike } from '../tokens';
import type { PersonSpan } from '../types';
import { FUNCTION_WORDS, PARTICLES } from '../vocabulary';
import { isTeamHandle } from './mentions';

/**
 * Words no vocabulary knows, read as people from what surrounds them: "pinged lantao",
 * "along with Draven", "Seb probably has", "MacFan4000 noticed".
 */
export function contextCues(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  p.tokens.forEach((tok, i) => {
    const word = p.text.slice(tok.start, tok.stemEnd);
    // A lower-case given name that is also a word ("tony", "will") needs a cue like any other word-name.
    const wordName = /^\p{Ll}/u.test(word) && nameKind(tok.lower) === 'ambiguous-given';
    if (word.length < 2 || isOpaque(p, tok) || (isVocabulary(tok.lower) && !wordName) || /^[\p{N}_-]/u.test(word)) return;
    // "@x" and "#x" belong to the mention layer, which knows teams and channels.
    if (/[@#/]/.test(p.text[tok.start - 1] ?? '') || isTeamHandle(word)) return;
    if (/^\p{Lu}+$/u.test(word)) return;
    // "talking to de Leeuw": a particle is the start of the name after it, which the names layer reads.
    if (PARTICLES.has(word) && /^ \p{Lu}/u.test(p.text.slice(tok.end, tok.end + 2))) return;
    // Lower-case adverbs, gerunds and contractions are grammar, not handles.
    if (/^\p{Ll}/u.test(word) && (/(?:ly|ing|ed)$/.test(word) || /['’]/.test(word))) return;
    const title = isTitleCase(word);
    const username = isUsernameLike(word);
    if (!title && !username && !isLowerWord(word)) return;
    if (/^\p{N}|\p{N}{4,}/u.test(word) && !/\p{L}{3,}/u.test(word)) return;
    const cue = cueBefore(p, i);
    const midSentence = !atSentenceStart(p.text, tok);
    const possessive = tok.stemEnd !== tok.end && /s$/i.test(tok.text);
    // Only verbs people do are evidence: "Praefect routed writes" and "Hubble is" are products.
    const found = wordName
      ? (cue || verbAfter(p, i, true, true)) && midSentence && !FUNCTION_WORDS.has(p.tokens[i - 1]?.lower ?? '')
      : cue || (title && midSentence && possessive) || verbAfter(p, i, true, true) || (!title && pairActs(p, i));
    if (found) out.push(span(p, tok.start, tok.end, 'context'));
  });
  return out;
}
