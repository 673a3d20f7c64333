import type { PseudonymMap, RedactionSettings } from '../core/redaction';

// The worker hands redaction to an offscreen document: the NLP library takes ~0.7 s to load and
// ~350 KB, which would otherwise be paid at every service-worker start.
export const OFFSCREEN_TARGET = 'incident-desk-redaction';

export interface RedactRequest {
  target: typeof OFFSCREEN_TARGET;
  texts: string[];
  settings: Partial<RedactionSettings>;
  map: PseudonymMap;
}

export interface RedactedTerm {
  term: string;
  replacement: string;
  count: number;
}

/** What may be a person and was left as written: nothing holding it may be published until a person decides. */
export interface DoubtfulTerm {
  term: string;
  count: number;
}

export type RedactReply =
  | { ok: true; texts: string[]; terms: RedactedTerm[]; map: PseudonymMap; doubts: DoubtfulTerm[] }
  | { ok: false; error: string };
