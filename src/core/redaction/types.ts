export interface RosterPerson {
  name: string;
  role?: string;
  handle?: string;
  email?: string;
}

export interface RedactionSettings {
  roster: RosterPerson[];
  allow: string[];
  deny: string[];
}

/** UTF-16 offsets, end exclusive. */
export interface PersonSpan {
  start: number;
  end: number;
  text: string;
  layer: string;
  /** the person's key when the span is more than their name, e.g. the account of a whole profile link */
  person?: string;
}

/**
 * A token that may be a person and that the detector did not redact (capitalised and unknown,
 * handle-shaped, a word-name in a name position): whatever holds it waits for a person's review.
 */
export interface DoubtSpan {
  start: number;
  end: number;
  text: string;
  reason: 'unknown-capitalised' | 'word-name' | 'surname' | 'lower-case-name' | 'handle' | 'profile-link' | 'initials';
}

export type PseudonymMap = Record<string, string>;

export interface RedactionResult {
  text: string;
  map: PseudonymMap;
  terms: { term: string; pseudonym: string; count: number }[];
  /** what may be a person and was left as written: nothing holding it is published until reviewed */
  doubts: { term: string; count: number }[];
  /** the doubts where they stand in the input text, for a second opinion to read in context */
  held: DoubtSpan[];
}

/** Thrown instead of returning text that may still hold names: callers must then send nothing. */
export class RedactionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RedactionError';
  }
}

export function withDefaults(settings: Partial<RedactionSettings> | undefined): RedactionSettings {
  return { roster: settings?.roster ?? [], allow: settings?.allow ?? [], deny: settings?.deny ?? [] };
}
