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
}

export type PseudonymMap = Record<string, string>;

export interface RedactionResult {
  text: string;
  map: PseudonymMap;
  terms: { term: string; pseudonym: string; count: number }[];
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
