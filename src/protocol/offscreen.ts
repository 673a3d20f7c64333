import type { PseudonymMap, RedactionSettings, SecondOpinion } from '../core/redaction';

// The worker hands redaction to an offscreen document, away from the pages and from every
// service-worker start; the NLP library (~0.7 s to load, ~350 KB) is loaded there only when a
// scan has doubts for its second opinion.
export const OFFSCREEN_TARGET = 'incident-desk-redaction';
/** The offscreen document's page, as the build emits it. */
export const OFFSCREEN_URL = 'src/offscreen/index.html';

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
  /** `opinion`: doubts compromise settled, when there were any to ask about (people are redacted in `texts`, things are no longer in `doubts`) */
  { ok: true; texts: string[]; terms: RedactedTerm[]; map: PseudonymMap; doubts: DoubtfulTerm[]; opinion?: SecondOpinion } | { ok: false; error: string };
