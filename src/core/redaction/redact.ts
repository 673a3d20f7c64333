import { compileRules } from './detect';
import { findPeopleWith } from './find-people';
import { highestEngineer, pseudonymFor, rosterKeys } from './pseudonyms';
import { RedactionError, withDefaults, type PersonSpan, type PseudonymMap, type RedactionResult, type RedactionSettings } from './types';

/**
 * Replaces every person with a pseudonym. Pure: returns a new map. Fail-closed: any failure of
 * detection becomes a RedactionError, so callers send nothing rather than unredacted text.
 */
export function redact(text: string, settings: Partial<RedactionSettings>, map: PseudonymMap): RedactionResult {
  let spans: PersonSpan[];
  const next: PseudonymMap = { ...map };
  let roster;
  try {
    if (typeof text !== 'string') throw new TypeError('text to redact must be a string');
    const s = withDefaults(settings);
    const rules = compileRules(s);
    rules.pseudonyms.push(...Object.values(map));
    spans = findPeopleWith(text, rules);
    roster = rosterKeys(s.roster);
  } catch (cause) {
    throw new RedactionError(`redaction scan failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  // Full names first, so a first name alone links to the full name wherever it appears.
  const byLength = [...spans].sort((a, b) => Number(/\s/.test(b.text)) - Number(/\s/.test(a.text)) || a.start - b.start);
  const chosen = new Map<PersonSpan, string>();
  const floor = highestEngineer(text);
  for (const s of byLength) chosen.set(s, pseudonymFor(s.text, next, roster, floor));
  const counts = new Map<string, { term: string; pseudonym: string; count: number }>();
  let out = '';
  let at = 0;
  for (const s of spans) {
    const pseudonym = chosen.get(s) ?? '';
    const possessive = /['’]s?$/.exec(s.text)?.[0] ?? '';
    out += text.slice(at, s.start) + pseudonym + (possessive === '' ? '' : possessive.length === 1 ? `${possessive}s` : possessive);
    at = s.end;
    const term = counts.get(s.text) ?? { term: s.text, pseudonym, count: 0 };
    term.count++;
    counts.set(s.text, term);
  }
  out += text.slice(at);
  return { text: out, map: next, terms: [...counts.values()] };
}
