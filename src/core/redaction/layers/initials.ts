import { cueBefore, verbAfter } from '../cues';
import { isTechTerm } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import type { DoubtSpan, PersonSpan } from '../types';

const INITIALS = /^\p{Lu}{2,3}$/u;
// Verbs a merge request or a pull request does as well as a person.
const THINGS_DO = new Set(['merged', 'merges', 'reverted', 'reverts', 'deployed', 'deploys', 'pushed', 'pushes', 'updated', 'updates', 'added',
  'adds', 'rolled', 'rolls', 'started', 'starts', 'opened', 'opens', 'fixed', 'fixes', 'created', 'creates', 'triggered', 'completed',
  'completes', 'happened', 'happens', 'files', 'filed', 'runs', 'ran', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could',
  'should', 'might', 'did', 'does', 'disappeared', 'takes', 'taken', 'took', 'brings', 'brought', 'got', 'gets', 'left', 'began', 'begins']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their', 'its', 'each', 'every', 'no', 'one', 'another', 'which']);

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

/**
 * "MR restarted the exporter": an abbreviation with no article before it, doing what people do,
 * may be someone's initials. Too often it is the abbreviation, so it is held for review.
 */
export function acronymInitials(p: Paragraph): DoubtSpan[] {
  const out: DoubtSpan[] = [];
  p.tokens.forEach((tok, i) => {
    const word = p.text.slice(tok.start, tok.stemEnd);
    if (!INITIALS.test(word) || !isTechTerm(tok.lower) || isOpaque(p, tok)) return;
    if (DETERMINERS.has(p.tokens[i - 1]?.lower ?? '') || THINGS_DO.has(p.tokens[i + 1]?.lower ?? '') || !verbAfter(p, i, true, true)) return;
    out.push({ start: tok.start, end: tok.stemEnd, text: word, reason: 'initials' });
  });
  return out;
}
