import { contextCues } from './layers/context-cues';
import { emails } from './layers/emails';
import { handleDoubts, initialledHandles, listedHandles } from './layers/handles';
import { acronymInitials, initials } from './layers/initials';
import { mentions } from './layers/mentions';
import { honorificNames, lowerCaseNames, names } from './layers/names';
import { profileUrls } from './layers/profile-urls';
import { speakers } from './layers/speakers';
import { isDateWord, isEnglishWord, isPlace, isSurname, isTechTerm, nameKind } from './lexicon';
import { FUNCTION_WORDS, ROLES } from './vocabulary';
import { overlaps, paragraph, pseudonymRanges, span, type Layer, type Range } from './paragraph';
import { termMatcher, variants, type TermMatcher } from './terms';
import type { SecondOpinion } from './second-opinion';
import type { DoubtSpan, PersonSpan, RedactionSettings } from './types';

// Words that put a calendar word to use as a date: "on Sat", "since Mon", "last Dec".
const DATED = new Set([
  'on',
  'since',
  'until',
  'till',
  'by',
  'from',
  'last',
  'next',
  'this',
  'every',
  'each',
  'of',
  'before',
  'after',
  'to',
  'and',
  'or',
  'through',
]);

// One title-case word (with the inner capitals of O'Dwyer, McKay, Abernathy-Smith) after one space.
const SURNAME_AFTER = /^ ((?:Mc|Mac|\p{Lu}['’])?\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*)(?![\p{L}\p{N}_@.-][\p{L}\p{N}])/u;

const NICKNAME = /^ \((?:["“']|goes by |aka |a\.k\.a\. |known as )(\p{L}[\p{L}.'-]{0,15})["”']?\)/u;

const LOGIN_IN_BRACKETS = /^ \((@?\p{L}[\p{L}\p{N}_.-]{2,31})[,)]/u;

const GIVEN_BEFORE = /(?<![\p{L}\p{N}_@.'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?) $/u;

const LAYERS: Layer[] = [emails, mentions, speakers, initials, contextCues, initialledHandles, listedHandles, honorificNames];

/** What one paragraph holds: people, and what may be a person, for review. */
export interface Findings {
  spans: PersonSpan[];
  doubts: DoubtSpan[];
}

/** Everything the detector needs from the settings, compiled once. */
export interface Rules {
  /** roster names and their variants, and the deny-list: always redacted */
  always: TermMatcher;
  allow: Set<string>;
  allowMatcher: TermMatcher;
  /** texts that are pseudonyms already (roster roles) */
  pseudonyms: string[];
  /** doubts a second opinion found to be things, normalised: no longer held */
  things: Set<string>;
}

/** `opinion`: what a second opinion settled; its people are redacted as written, like the deny-list. */
export function compileRules(settings: RedactionSettings, opinion?: SecondOpinion): Rules {
  const loose: string[] = [];
  const exact: string[] = [];
  const logins: string[] = [];
  const pseudonyms: string[] = [];
  for (const person of settings.roster) {
    for (const written of [person.name, person.handle, person.email]) {
      if (written === undefined || written.trim() === '') continue;
      const v = variants(written, true);
      loose.push(...v.loose);
      exact.push(...v.exact);
      logins.push(...v.logins);
    }
    if (person.role !== undefined && person.role.trim() !== '') pseudonyms.push(`the ${person.role.trim()}`, person.role.trim());
  }
  for (const term of settings.deny) if (term.trim() !== '') loose.push(term.trim());
  // As written (or title-cased), like a roster name that is a word: a tagger's "Rose" says nothing of "the rose garden".
  for (const term of opinion?.people ?? []) if (term.trim() !== '') exact.push(term.trim());
  const allow = settings.allow.map((a) => a.trim()).filter((a) => a !== '');
  return {
    always: termMatcher(loose, exact, logins),
    allow: new Set(allow.map(normalise)),
    allowMatcher: termMatcher(allow, []),
    pseudonyms,
    things: new Set((opinion?.things ?? []).map(normalise)),
  };
}

/** The person key of a span's text: no "@", no possessive, lower-case. */
export function normalise(text: string): string {
  return text
    .trim()
    .replace(/^@/, '')
    .replace(/['’]s?$/, '')
    .toLowerCase();
}

export function detectFindings(text: string, rules: Rules): Findings {
  const p = paragraph(text, rules.pseudonyms);
  const doubts: DoubtSpan[] = [];
  const found = [...profileUrls(p, doubts), ...LAYERS.flatMap((layer) => layer(p))];
  const named = names(p);
  found.push(...named.spans);
  doubts.push(...named.doubts, ...lowerCaseNames(p), ...handleDoubts(p), ...acronymInitials(p));
  // "DJ Mountney": initials standing right before a found name are the rest of it.
  for (const s of [...found]) {
    // Both look-behinds below end in a space right before the span: most spans have none.
    if (text[s.start - 1] !== ' ') continue;
    const before = /(?<![\p{L}\p{N}])(?:(\p{Lu}{2,3})|\p{Lu}\.) $/u.exec(text.slice(Math.max(0, s.start - 5), s.start));
    const letters = before === null ? undefined : (before[1] ?? '');
    if (letters !== undefined && !isTechTerm(letters.toLowerCase()) && /^\p{Lu}/u.test(s.text)) {
      found.push(span(p, s.start - (before?.[0].length ?? 0), s.end, s.layer));
    }
  }
  // "Sat Tavita", "Mon Jae-won", "Dec Ó Briain": a calendar word that is also a name, right before a
  // name and with no number beside it, is that name's first word, not a date.
  for (const s of [...found]) {
    if (text[s.start - 1] !== ' ') continue;
    const before = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,3}) $/u.exec(text.slice(Math.max(0, s.start - 8), s.start));
    // "3 Mar Kofi": a day of the month before it makes it a date; a time of day does not ("07:20 Mon Jae-won").
    const day = before !== null && /(?:^|[^:\d])\d{1,2}[ \t]$/.test(text.slice(Math.max(0, s.start - before[0].length - 4), s.start - before[0].length));
    const word = before?.[1]?.toLowerCase() ?? '';
    const lead =
      /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, s.start - (before?.[0].length ?? 0) - 12), s.start - (before?.[0].length ?? 0)))?.[1]?.toLowerCase() ?? '';
    if (before !== null && !day && isDateWord(word) && !DATED.has(lead) && /^\p{Lu}/u.test(s.text) && s.layer !== 'email' && s.layer !== 'profile-url') {
      found.push(span(p, s.start - before[0].length, s.end, s.layer));
    }
  }
  // "asked Kofi Whitfield", "Chase Whitfield": a capitalised word right after a name found as a
  // person, which the name data does not know as a word, is its surname (a brand or a compound
  // such as Whit+field, which the names layer stops at, is still one there).
  for (const s of [...found]) {
    // A space then a capital after the span, checked first: most spans have neither.
    if (text[s.end] !== ' ' || !/\p{Lu}/u.test(text[s.end + 1] ?? '')) continue;
    if (s.layer === 'email' || s.layer === 'profile-url' || s.layer === 'roster' || !/^@?\p{Lu}/u.test(s.text) || /['’]s?$/.test(s.text)) continue;
    const next = SURNAME_AFTER.exec(text.slice(s.end, s.end + 40));
    const word = next?.[1];
    if (word === undefined) continue;
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || isDateWord(lower) || (isTechTerm(lower) && !isSurname(lower)) || (isEnglishWord(lower) && nameKind(lower) === null))
      continue;
    if (found.some((o) => o.start <= s.end + 1 && o.end >= s.end + 1 + word.length)) continue;
    found.push(span(p, s.start, s.end + 1 + word.length, s.layer));
  }
  // "Kofi Whitfield restarted it": a given name (a word or a brand too) right before a person found
  // by a cue is that person's first name.
  for (const s of [...found]) {
    if (text[s.start - 1] !== ' ' || !/\p{Ll}/u.test(text[s.start - 2] ?? '') || s.layer === 'email' || s.layer === 'profile-url' || !/^\p{Lu}/u.test(s.text))
      continue;
    const before = GIVEN_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1];
    const lower = before?.toLowerCase() ?? '';
    if (before === undefined || FUNCTION_WORDS.has(lower) || isDateWord(lower)) continue;
    const kind = nameKind(lower);
    if (kind !== 'given' && kind !== 'ambiguous-given') continue;
    found.push(span(p, s.start - before.length - 1, s.end, s.layer));
  }
  // "Wairimu (wkamau, WMF AHT)", "Radim Šťastný (bellfry)": a login in brackets right after a
  // person's name is theirs.
  for (const s of [...found]) {
    if (text[s.end] !== ' ' || text[s.end + 1] !== '(' || s.layer === 'email' || s.layer === 'profile-url') continue;
    const login = LOGIN_IN_BRACKETS.exec(text.slice(s.end, s.end + 40))?.[1];
    if (login === undefined || isTechTerm(login.toLowerCase()) || isDateWord(login.toLowerCase()) || FUNCTION_WORDS.has(login.toLowerCase())) continue;
    if ((isEnglishWord(login.toLowerCase()) && nameKind(login.toLowerCase()) === null) || /^\p{Lu}+$/u.test(login) || ROLES.has(login.toLowerCase())) continue;
    // "(Pikkis)" is a nick; "(Synthesia, Munich)", "(G-Research)" are where someone works.
    if (/^\p{Lu}/u.test(login) && (text[s.end + 2 + login.length] !== ')' || login.includes('-') || isPlace(login.toLowerCase()))) continue;
    found.push(span(p, s.end + 2, s.end + 2 + login.length, s.layer));
  }
  // "Darnell Jackson ("DJ")", "Tamilselvan Ramasamy ("Tee")", "Ajay Joshi (goes by AJ)": the name a person goes by.
  for (const s of [...found]) {
    if (text[s.end] !== ' ' || text[s.end + 1] !== '(' || s.layer === 'email' || s.layer === 'profile-url' || !/\s/.test(s.text)) continue;
    const nick = NICKNAME.exec(text.slice(s.end, s.end + 40));
    const name = nick?.[1];
    if (name === undefined || isTechTerm(name.toLowerCase()) || FUNCTION_WORDS.has(name.toLowerCase())) continue;
    const at = s.end + (nick?.[0].indexOf(name) ?? 0);
    found.push(span(p, at, at + name.length, s.layer));
  }
  for (const r of rules.always.find(text)) found.push(span(p, r.start, r.end, 'roster'));
  const spans = clean(text, p.pseudonyms, found, rules);
  return { spans, doubts: openDoubts(text, doubts, spans, p.pseudonyms, rules) };
}

/** Doubts that no span covers, that are no pseudonym and that the allow-list does not settle. */
export function openDoubts(text: string, doubts: DoubtSpan[], spans: readonly Range[], pseudonyms: readonly Range[], rules: Rules): DoubtSpan[] {
  const allowed = rules.allowMatcher.find(text);
  const out: DoubtSpan[] = [];
  for (const d of [...doubts].sort((a, b) => a.start - b.start || b.end - a.end)) {
    // Only a doubt a redaction covers whole is settled: "de" redacted leaves "Leeuw" in doubt.
    if (covers(spans, d) || pseudonyms.some((r) => overlaps(r, d)) || rules.allow.has(normalise(d.text)) || rules.things.has(normalise(d.text))) continue;
    if (allowed.some((a) => a.start <= d.start && d.end <= a.end)) continue;
    const last = out.at(-1);
    if (last !== undefined && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

function covers(spans: readonly Range[], d: Range): boolean {
  for (let i = d.start; i < d.end; i++) if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
}

/** Other mentions of people already found elsewhere in the document ("Katharine" after "Katharine Berry"). */
export function echoes(text: string, matcher: TermMatcher, rules: Rules): PersonSpan[] {
  const hits = matcher.size === 0 ? [] : matcher.find(text);
  if (hits.length === 0) return [];
  const pseudonyms = pseudonymRanges(text, rules.pseudonyms);
  return clean(
    text,
    pseudonyms,
    hits.map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end), layer: 'echo' })),
    rules,
  );
}

export function echoMatcher(found: Iterable<PersonSpan>, rules: Rules): TermMatcher {
  const loose = new Set<string>();
  const exact = new Set<string>();
  const logins = new Set<string>();
  for (const s of found) {
    if (s.layer === 'email' || rules.allow.has(normalise(s.person ?? s.text))) continue;
    const v = variants(s.person ?? s.text);
    for (const t of v.loose) if (!rules.allow.has(t.toLowerCase())) loose.add(t);
    for (const t of v.exact) if (!rules.allow.has(t.toLowerCase())) exact.add(t);
    for (const t of v.logins) if (!rules.allow.has(t)) logins.add(t);
  }
  for (const s of found) {
    if (s.layer !== 'email') continue;
    const local = s.text.slice(0, s.text.indexOf('@'));
    if (local.length >= 3 && !rules.allow.has(local.toLowerCase())) loose.add(local);
  }
  return termMatcher(loose, exact, logins);
}

/** Drops pseudonyms and allowed terms, then merges overlapping spans. */
function clean(text: string, pseudonyms: readonly Range[], spans: PersonSpan[], rules: Rules): PersonSpan[] {
  const allowed: Range[] = rules.allowMatcher.find(text);
  const kept = spans.filter(
    (s) =>
      s.end > s.start &&
      !rules.allow.has(normalise(s.text)) &&
      !allowed.some((a) => a.start <= s.start && s.end <= a.end) &&
      !pseudonyms.some((r) => overlaps(r, s)),
  );
  return merge(text, kept);
}

export function merge(text: string, spans: PersonSpan[]): PersonSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last !== undefined && s.start < last.end) {
      // A whole link swallows the names inside it and keeps its account as the person.
      const person = last.person ?? s.person;
      if (s.end > last.end)
        out[out.length - 1] = {
          start: last.start,
          end: s.end,
          text: text.slice(last.start, s.end),
          layer: last.layer,
          ...(person === undefined ? {} : { person }),
        };
    } else {
      out.push(s);
    }
  }
  return out;
}
