import { tokenize, type Token } from './tokens';
import { PSEUDONYM_PATTERN } from './vocabulary';
import type { PersonSpan } from './types';

export interface Range {
  start: number;
  end: number;
}

/** One paragraph as every layer sees it. */
export interface Paragraph {
  text: string;
  tokens: Token[];
  /** URLs, e-mail addresses and code: only the layers made for them look inside. */
  opaque: Range[];
  /** pseudonyms already written: never a name again */
  pseudonyms: Range[];
}

export type Layer = (p: Paragraph) => PersonSpan[];

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|cloud|co|edu|gov)\/[^\s<>()[\]"'`]*/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A code span of one handle (`hrezaei`, `@asolberg`) is read like text: it names an account.
const CODE = /`(?!@?[\p{L}\p{N}_.-]+`)[^`\n]*`/gu;

function ranges(text: string, re: RegExp): Range[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function pseudonymRanges(text: string, extraPseudonyms: readonly string[]): Range[] {
  const pseudonyms = ranges(text, PSEUDONYM_PATTERN);
  for (const p of extraPseudonyms) {
    if (p === '') continue;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length)) pseudonyms.push({ start: i, end: i + p.length });
  }
  return pseudonyms;
}

export function paragraph(text: string, extraPseudonyms: readonly string[] = []): Paragraph {
  return {
    text,
    tokens: tokenize(text),
    opaque: [...ranges(text, URL), ...ranges(text, EMAIL), ...ranges(text, CODE)],
    pseudonyms: pseudonymRanges(text, extraPseudonyms),
  };
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

export function isOpaque(p: Paragraph, r: Range): boolean {
  return p.opaque.some((o) => overlaps(o, r)) || p.pseudonyms.some((o) => overlaps(o, r));
}

export function span(p: Paragraph, start: number, end: number, layer: string): PersonSpan {
  return { start, end, text: p.text.slice(start, end), layer };
}
