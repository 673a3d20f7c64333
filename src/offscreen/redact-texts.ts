import { redact, type PseudonymMap, type RedactionSettings, type SecondOpinion } from '../core/redaction';
import type { DoubtSpan } from '../core/redaction/types';
import type { DoubtfulTerm, RedactedTerm } from '../protocol/offscreen';

const POSSESSIVE = /(['’]s?)$/;

/**
 * Redacts several texts with one pseudonym map, and lists each term with the exact text that
 * replaces it (a possessive keeps its 's), ready for the Docs API's replaceAllText, and the doubtful
 * terms that review must settle before anything holding them is published (and, per text, where
 * they stand, for a second opinion).
 */
export function redactTexts(texts: string[], settings: Partial<RedactionSettings>, map: PseudonymMap, opinion?: SecondOpinion) {
  let current = map;
  const terms = new Map<string, RedactedTerm>();
  const doubts = new Map<string, DoubtfulTerm>();
  const held: DoubtSpan[][] = [];
  const out = texts.map((text) => {
    const result = redact(text, settings, current, opinion);
    held.push(result.held);
    current = result.map;
    for (const t of result.terms) {
      const possessive = POSSESSIVE.exec(t.term)?.[1];
      const replacement = possessive ? `${t.pseudonym}${possessive.length === 1 ? `${possessive}s` : possessive}` : t.pseudonym;
      const seen = terms.get(t.term);
      if (seen) seen.count += t.count;
      else terms.set(t.term, { term: t.term, replacement, count: t.count });
    }
    for (const d of result.doubts) {
      const seen = doubts.get(d.term);
      if (seen) seen.count += d.count;
      else doubts.set(d.term, { ...d });
    }
    return result.text;
  });
  return { texts: out, terms: [...terms.values()], map: current, doubts: [...doubts.values()], held };
}
