/*
 * A second opinion on doubts from an NLP tagger (compromise, in the offscreen document): its
 * grammar knows a verb or a place when it sees one ("Mark the incident", "Skopje was slow"), and
 * it may tag a person our rules left in doubt. (Its lexicon's names are in our name data already,
 * taken in at build time.)
 * The tagger is handed in, so this module never loads it: the detector's start and warm scans
 * stay free of it, and it is loaded only when there are doubts to settle.
 */
import type { DoubtSpan } from './types';

/** One term as compromise's `json({ offset: true })` gives it. */
export interface TaggedTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export type Tagger = (text: string) => TaggedTerm[];

/** Terms the tagger settled: people are redacted everywhere, things are doubts no more. */
export interface SecondOpinion {
  people: string[];
  things: string[];
}

export type Verdict = 'person' | 'thing' | 'unsure';

const PERSON = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
// Grammar and kinds of names no person has. "Noun" and "ProperNoun" are missing on purpose: an
// unknown capitalised word is a noun to compromise whether it is a tool or a person.
const GRAMMAR = ['Verb', 'Adjective', 'Adverb', 'Date', 'Month', 'WeekDay', 'Value', 'Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'Unit', 'Currency'];
const NAMED_THING = ['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam'];
// Our data already says these look like people: grammar alone may not dismiss them, a place may.
const NAME_SHAPED: DoubtSpan['reason'][] = ['surname', 'lower-case-name'];
// An account in a link or a handle is no word of a sentence: the tagger may say "person", never "thing".
const ACCOUNTS: DoubtSpan['reason'][] = ['handle', 'profile-link'];

/** What the tagger says of one doubt, read from the terms that overlap it. */
export function verdictOf(terms: TaggedTerm[], doubt: Pick<DoubtSpan, 'start' | 'end' | 'reason'>): Verdict {
  const hit = terms.filter((t) => t.offset.start < doubt.end && doubt.start < t.offset.start + t.offset.length);
  if (hit.length === 0) return 'unsure';
  const has = (t: TaggedTerm, tags: string[]) => tags.some((tag) => t.tags.includes(tag));
  // "MR restarted": compromise reads an honorific as a person; an honorific alone names no one.
  if (hit.some((t) => has(t, PERSON) && !t.tags.includes('Honorific'))) return 'person';
  if (ACCOUNTS.includes(doubt.reason)) return 'unsure';
  const dismissing = NAME_SHAPED.includes(doubt.reason) ? NAMED_THING : [...GRAMMAR, ...NAMED_THING];
  return hit.every((t) => has(t, dismissing)) ? 'thing' : 'unsure';
}

/**
 * Asks the tagger about every held doubt, each in its own line (the context it needs, and all it
 * needs to read). A term is a person if any occurrence reads as one, a thing only if all do.
 */
export function secondOpinion(texts: string[], held: DoubtSpan[][], tag: Tagger): SecondOpinion {
  const verdicts = new Map<string, Verdict[]>();
  texts.forEach((text, n) => {
    const lines = new Map<number, TaggedTerm[]>();
    for (const d of held[n] ?? []) {
      const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
      let terms = lines.get(lineStart);
      if (terms === undefined) {
        const end = text.indexOf('\n', d.end);
        terms = tag(text.slice(lineStart, end < 0 ? text.length : end));
        lines.set(lineStart, terms);
      }
      const v = verdictOf(terms, { start: d.start - lineStart, end: d.end - lineStart, reason: d.reason });
      verdicts.set(d.text, [...(verdicts.get(d.text) ?? []), v]);
    }
  });
  const opinion: SecondOpinion = { people: [], things: [] };
  for (const [term, vs] of verdicts) {
    if (vs.includes('person')) opinion.people.push(term);
    else if (vs.every((v) => v === 'thing')) opinion.things.push(term);
  }
  return opinion;
}
