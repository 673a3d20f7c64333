import { cueBefore, verbAfter } from '../cues';
import { isVocabulary } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import { atSentenceStart, isLowerWord, isTitleCase, isUsernameLike } from '../tokens';
import type { PersonSpan } from '../types';
import { isTeamHandle } from './mentions';

/**
 * Words no vocabulary knows, read as people from what surrounds them: "pinged lantao",
 * "along with Draven", "Seb probably has", "MacFan4000 noticed".
 */
export function contextCues(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  p.tokens.forEach((tok, i) => {
    const word = p.text.slice(tok.start, tok.stemEnd);
    if (word.length < 2 || isOpaque(p, tok) || isVocabulary(tok.lower) || /^[\p{N}_-]/u.test(word)) return;
    // "@x" and "#x" belong to the mention layer, which knows teams and channels.
    if (/[@#/]/.test(p.text[tok.start - 1] ?? '') || isTeamHandle(word)) return;
    if (/^\p{Lu}+$/u.test(word)) return;
    // Lower-case adverbs, gerunds and contractions are grammar, not handles.
    if (/^\p{Ll}/u.test(word) && (/(?:ly|ing|ed)$/.test(word) || /['’]/.test(word))) return;
    const title = isTitleCase(word);
    const username = isUsernameLike(word);
    if (!title && !username && !isLowerWord(word)) return;
    if (/^\p{N}|\p{N}{4,}/u.test(word) && !/\p{L}{3,}/u.test(word)) return;
    const cue = cueBefore(p, i);
    const midSentence = !atSentenceStart(p.text, tok);
    const possessive = tok.stemEnd !== tok.end && /s$/i.test(tok.text);
    const found = cue
      || (title && (possessive || (midSentence && verbAfter(p, i, false))))
      || verbAfter(p, i, true, /^\p{Ll}/u.test(word));
    if (found) out.push(span(p, tok.start, tok.end, 'context'));
  });
  return out;
}
