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
  /** the code spans among them: names stand there too (`git log` authors, `Reviewed-by` lines) */
  code: Range[];
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
  const code = ranges(text, CODE);
  return {
    text,
    tokens: tokenize(text),
    opaque: [...ranges(text, URL), ...ranges(text, EMAIL), ...code],
    code,
    pseudonyms: pseudonymRanges(text, extraPseudonyms),
  };
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

export function isOpaque(p: Paragraph, r: Range): boolean {
  return p.opaque.some((o) => overlaps(o, r)) || p.pseudonyms.some((o) => overlaps(o, r));
}

/** Opaque to all but the names layer, which also reads inside code spans. */
export function isShut(p: Paragraph, r: Range): boolean {
  return (
    p.opaque.some((o) => overlaps(o, r) && !p.code.includes(o)) ||
    p.pseudonyms.some((o) => overlaps(o, r)) ||
    p.code.some((c) => overlaps(c, r) && (r.start < c.start || r.end > c.end))
  );
}

export const inCode = (p: Paragraph, r: Range): boolean => p.code.some((c) => c.start <= r.start && r.end <= c.end);

export function span(p: Paragraph, start: number, end: number, layer: string): PersonSpan {
  return { start, end, text: p.text.slice(start, end), layer };
}
