import { cueBefore, tensedVerbAfter, timelineSubject, verbAfter } from '../cues';
import { isTechTerm } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import type { DoubtSpan, PersonSpan } from '../types';
import { ACRONYMS } from '../vocabulary';

const INITIALS = /^\p{Lu}{2,3}$/u;
// Verbs a merge request or a pull request does as well as a person.
const THINGS_DO = new Set([
  'merged',
  'merges',
  'reverted',
  'reverts',
  'deployed',
  'deploys',
  'pushed',
  'pushes',
  'updated',
  'updates',
  'added',
  'adds',
  'rolled',
  'rolls',
  'started',
  'starts',
  'opened',
  'opens',
  'fixed',
  'fixes',
  'created',
  'creates',
  'triggered',
  'completed',
  'completes',
  'happened',
  'happens',
  'files',
  'filed',
  'runs',
  'ran',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'did',
  'does',
  'disappeared',
  'takes',
  'taken',
  'took',
  'brings',
  'brought',
  'got',
  'gets',
  'left',
  'began',
  'begins',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their', 'its', 'each', 'every', 'no', 'one', 'another', 'which']);

// "J.R.", "M.T.": capitals with their dots. Places, times and Latin stand so too.
const DOTTED = /^\p{Lu}\.\p{Lu}(?:\.\p{Lu})?$/u;
const DOTTED_WORDS = new Set([
  'u.s',
  'u.k',
  'e.u',
  'u.n',
  'a.m',
  'p.m',
  'n.b',
  'i.e',
  'e.g',
  'd.c',
  'l.a',
  'n.y',
  's.f',
  'p.s',
  'a.d',
  'b.c',
  'q.a',
  'o.k',
  'u.s.a',
  'r.i.p',
  't.b.d',
  'e.t.a',
  'n.a',
  'p.o',
]);

/** "YP restarted the replica", "According to JN": capitals standing for a person. */
export function initials(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  p.tokens.forEach((tok, i) => {
    const word = p.text.slice(tok.start, tok.stemEnd);
    // "J.R. closes the ticket", "As M.T. noted": dotted initials (no time, place or Latin) are someone's.
    if (
      DOTTED.test(word) &&
      p.text[tok.stemEnd] === '.' &&
      !DOTTED_WORDS.has(tok.lower) &&
      !/\d\s*$/.test(p.text.slice(Math.max(0, tok.start - 3), tok.start))
    ) {
      out.push(span(p, tok.start, tok.stemEnd + 1, 'initials'));
      return;
    }
    if (!INITIALS.test(word) || isOpaque(p, tok)) return;
    // "11:27 UTC: RK terminates the removal": initials no acronym list holds, opening an entry before a verb.
    if (!ACRONYMS.has(tok.lower) && !isTechTerm(tok.lower) && timelineSubject(p, i) && tensedVerbAfter(p, i)) {
      out.push(span(p, tok.start, tok.stemEnd, 'initials'));
      return;
    }
    if (isTechTerm(tok.lower)) {
      if (artefactActs(p, i)) out.push(span(p, tok.start, tok.stemEnd, 'initials'));
      return;
    }
    if (verbAfter(p, i, false) || cueBefore(p, i)) out.push(span(p, tok.start, tok.stemEnd, 'initials'));
  });
  return out;
}

// Abbreviations of pieces of work, which never act on their own: "MR" is a merge request or someone's initials.
const ARTEFACTS = new Set(['mr', 'pr', 'cr']);

/**
 * "10:31 UTC — MR rolls back the canary": a timeline entry opened by such an abbreviation, no
 * article, then what a person does to something ("rolls back", "restarts the"), names who did it.
 * "MR merged", "PR reverts the change" stay the work itself.
 */
function artefactActs(p: Paragraph, i: number): boolean {
  const tok = p.tokens[i];
  const verb = p.tokens[i + 1];
  if (tok === undefined || verb === undefined || !ARTEFACTS.has(tok.lower) || !timelineSubject(p, i)) return false;
  const rollsBack = /^roll(?:s|ed)$/.test(verb.lower) && p.tokens[i + 2]?.lower === 'back';
  return (rollsBack || !THINGS_DO.has(verb.lower)) && verbAfter(p, i, true, true);
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
    // "12% of API requests": after "of", a thing's kind.
    if (
      DETERMINERS.has(p.tokens[i - 1]?.lower ?? '') ||
      p.tokens[i - 1]?.lower === 'of' ||
      THINGS_DO.has(p.tokens[i + 1]?.lower ?? '') ||
      !verbAfter(p, i, true, true)
    )
      return;
    out.push({ start: tok.start, end: tok.stemEnd, text: word, reason: 'initials' });
  });
  return out;
}
