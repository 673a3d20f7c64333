import { compileRules } from './detect';
import { findingsWith } from './find-people';
import type { SecondOpinion } from './second-opinion';
import { highestEngineer, pseudonymFor, rosterKeys } from './pseudonyms';
import { RedactionError, withDefaults, type DoubtSpan, type PersonSpan, type PseudonymMap, type RedactionResult, type RedactionSettings } from './types';

/**
 * Replaces every person with a pseudonym. Pure: returns a new map. Fail-closed: any failure of
 * detection becomes a RedactionError, so callers send nothing rather than unredacted text.
 */
export function redact(text: string, settings: Partial<RedactionSettings>, map: PseudonymMap, opinion?: SecondOpinion): RedactionResult {
  let spans: PersonSpan[];
  let doubts: DoubtSpan[];
  const next: PseudonymMap = { ...map };
  let roster: ReturnType<typeof rosterKeys>;
  try {
    if (typeof text !== 'string') throw new TypeError('text to redact must be a string');
    const s = withDefaults(settings);
    const rules = compileRules(s, opinion);
    rules.pseudonyms.push(...Object.values(map));
    ({ spans, doubts } = findingsWith(text, rules));
    roster = rosterKeys(s.roster);
  } catch (cause) {
    throw new RedactionError(`redaction scan failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  // Full names first, so a first name alone links to the full name wherever it appears.
  const byLength = [...spans].sort((a, b) => Number(/\s/.test(b.text)) - Number(/\s/.test(a.text)) || a.start - b.start);
  const chosen = new Map<PersonSpan, string>();
  const floor = highestEngineer(text);
  for (const s of byLength) chosen.set(s, pseudonymFor(s.person ?? s.text, next, roster, floor));
  const counts = new Map<string, { term: string; pseudonym: string; count: number }>();
  let out = '';
  let at = 0;
  for (const s of spans) {
    const pseudonym = chosen.get(s) ?? '';
    const possessive = s.person === undefined ? (/['’]s?$/.exec(s.text)?.[0] ?? '') : '';
    out += text.slice(at, s.start) + replacement(text, s, pseudonym) + (possessive === '' ? '' : possessive.length === 1 ? `${possessive}s` : possessive);
    at = s.end;
    const term = counts.get(s.text) ?? { term: s.text, pseudonym, count: 0 };
    term.count++;
    counts.set(s.text, term);
  }
  out += text.slice(at);
  const doubtCounts = new Map<string, number>();
  for (const d of doubts) doubtCounts.set(d.text, (doubtCounts.get(d.text) ?? 0) + 1);
  return { text: out, map: next, terms: [...counts.values()], doubts: [...doubtCounts].map(([term, count]) => ({ term, count })), held: doubts };
}

/**
 * A profile link is replaced whole, by words that read well ("Engineer 5 (link removed)"); as the
 * target of a Markdown link it becomes "#", so "[Engineer 5](#)" stays a well-formed link.
 */
function replacement(text: string, s: PersonSpan, pseudonym: string): string {
  if (s.layer !== 'profile-url' || s.person === undefined) return pseudonym;
  if (text.slice(Math.max(0, s.start - 2), s.start) === '](' && text[s.end] === ')') return '#';
  return `${pseudonym} (link removed)`;
}
