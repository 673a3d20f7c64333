import { randomId } from '../ids';

/**
 * The body of a Google Doc as the Docs API exposes it. Everything is indexed in UTF-16 code units,
 * which is what JavaScript string indexes already are, so `text[i]` is document index `i + 1`
 * (index 0 belongs to the section break that opens every body).
 */
export type NamedStyleType = 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'HEADING_4' | 'HEADING_5' | 'HEADING_6';
export const NAMED_STYLE_TYPES: readonly NamedStyleType[] = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
];

export type Style = Record<string, unknown>;
export interface ParagraphStyle extends Style {
  namedStyleType: NamedStyleType;
}
export interface NamedRange {
  namedRangeId: string;
  name: string;
  ranges: Array<{ startIndex: number; endIndex: number }>;
}
export interface DocContent {
  /** Always ends with the body's final newline. */
  text: string;
  /** One style per code unit. */
  textStyles: Style[];
  /** One style per paragraph, i.e. per newline in `text`: Docs keeps paragraph properties on the newline. */
  paragraphStyles: ParagraphStyle[];
  namedRanges: NamedRange[];
}

export const BODY_START = 1;

/** A request the real API would reject with 400; the message is prefixed with the request's position by the caller. */
export class InvalidRequest extends Error {}

export function newContent(text: string): DocContent {
  const body = `${stripForbidden(text)}\n`;
  return {
    text: body,
    textStyles: Array.from({ length: body.length }, () => ({})),
    paragraphStyles: Array.from(body.matchAll(/\n/g), () => ({ namedStyleType: 'NORMAL_TEXT' as const })),
    namedRanges: [],
  };
}

export function cloneContent(c: DocContent): DocContent {
  return structuredClone(c);
}

export function bodyEnd(c: DocContent): number {
  return BODY_START + c.text.length;
}

export interface Paragraph {
  startIndex: number;
  endIndex: number;
  text: string;
  style: ParagraphStyle;
}

export function paragraphs(c: DocContent): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let n = 0;
  for (let i = 0; i < c.text.length; i++) {
    if (c.text[i] !== '\n') continue;
    out.push({
      startIndex: BODY_START + start,
      endIndex: BODY_START + i + 1,
      text: c.text.slice(start, i + 1),
      style: c.paragraphStyles[n] ?? { namedStyleType: 'NORMAL_TEXT' },
    });
    n++;
    start = i + 1;
  }
  return out;
}

/** Control characters and the private-use area are dropped from inserted text, as the real API does. */
export function stripForbidden(s: string): string {
  return s.replace(/[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g, '');
}

function isHigh(code: number | undefined): boolean {
  return code !== undefined && code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number | undefined): boolean {
  return code !== undefined && code >= 0xdc00 && code <= 0xdfff;
}

/** True when document index `index` falls between the two halves of a surrogate pair. */
function splitsSurrogate(c: DocContent, index: number): boolean {
  const off = index - BODY_START;
  return off > 0 && isHigh(c.text.charCodeAt(off - 1)) && isLow(c.text.charCodeAt(off));
}

function checkIndex(name: string, index: unknown): number {
  if (typeof index !== 'number' || !Number.isInteger(index)) throw new InvalidRequest(`${name} must be an integer.`);
  return index;
}

export function checkRange(c: DocContent, range: unknown, opts: { allowFinalNewline: boolean }): { startIndex: number; endIndex: number } {
  if (typeof range !== 'object' || range === null) throw new InvalidRequest('range is required.');
  const r = range as Record<string, unknown>;
  if (r['segmentId'] !== undefined && r['segmentId'] !== '') throw new InvalidRequest(`Segment ${String(r['segmentId'])} not found.`);
  checkTab(r['tabId']);
  const startIndex = checkIndex('startIndex', r['startIndex'] ?? 0);
  const endIndex = checkIndex('endIndex', r['endIndex']);
  if (startIndex < BODY_START) throw new InvalidRequest(`Index ${startIndex} must be greater than or equal to ${BODY_START}.`);
  if (endIndex <= startIndex) throw new InvalidRequest('The range must not be empty: endIndex must be greater than startIndex.');
  const limit = opts.allowFinalNewline ? bodyEnd(c) : bodyEnd(c) - 1;
  if (endIndex > limit) {
    throw new InvalidRequest(
      endIndex === bodyEnd(c)
        ? 'The range cannot include the newline character at the end of the segment.'
        : `Index ${endIndex} must be less than the end index of the referenced segment, ${bodyEnd(c)}.`,
    );
  }
  if (splitsSurrogate(c, startIndex) || splitsSurrogate(c, endIndex)) {
    throw new InvalidRequest('The range cannot split a surrogate pair.');
  }
  return { startIndex, endIndex };
}

export function checkTab(tabId: unknown): void {
  if (tabId !== undefined && tabId !== '' && tabId !== FIRST_TAB_ID) throw new InvalidRequest(`Tab ${String(tabId)} not found.`);
}
export const FIRST_TAB_ID = 't.0';

/** Where an insertText/insertTable lands: `location.index`, or just before the final newline for endOfSegmentLocation. */
export function insertionIndex(c: DocContent, location: unknown, endOfSegment: unknown): number {
  if ((location === undefined) === (endOfSegment === undefined)) {
    throw new InvalidRequest('Exactly one of location or endOfSegmentLocation must be set.');
  }
  const loc = (location ?? endOfSegment) as Record<string, unknown> | null;
  if (typeof loc !== 'object' || loc === null) throw new InvalidRequest('location must be an object.');
  if (loc['segmentId'] !== undefined && loc['segmentId'] !== '') throw new InvalidRequest(`Segment ${String(loc['segmentId'])} not found.`);
  checkTab(loc['tabId']);
  if (endOfSegment !== undefined) return bodyEnd(c) - 1;
  const index = checkIndex('index', loc['index'] ?? 0);
  if (index < BODY_START || index > bodyEnd(c) - 1) {
    throw new InvalidRequest(`The insertion index must be inside the bounds of an existing paragraph. Index: ${index}.`);
  }
  if (splitsSurrogate(c, index)) throw new InvalidRequest('The insertion index cannot be within a surrogate pair.');
  return index;
}

/**
 * The one primitive every edit goes through: replace `deleteCount` code units at document index
 * `index` with `insert`, keeping per-character styles, per-paragraph styles and named ranges in step.
 */
export function splice(c: DocContent, index: number, deleteCount: number, insert: string, style?: Style): void {
  const off = index - BODY_START;
  if (deleteCount > 0) {
    const removed = c.text.slice(off, off + deleteCount);
    const firstPara = countNewlines(c.text.slice(0, off));
    c.paragraphStyles.splice(firstPara, countNewlines(removed));
    c.text = c.text.slice(0, off) + c.text.slice(off + deleteCount);
    c.textStyles.splice(off, deleteCount);
    const end = index + deleteCount;
    const map = (x: number): number => (x <= index ? x : x >= end ? x - deleteCount : index);
    for (const nr of c.namedRanges) {
      nr.ranges = nr.ranges.map((r) => ({ startIndex: map(r.startIndex), endIndex: map(r.endIndex) })).filter((r) => r.endIndex > r.startIndex);
    }
    c.namedRanges = c.namedRanges.filter((nr) => nr.ranges.length > 0);
  }
  if (insert.length > 0) {
    const para = countNewlines(c.text.slice(0, off));
    const inherited = style ?? inheritedStyle(c, off);
    const paraStyle = c.paragraphStyles[para] ?? { namedStyleType: 'NORMAL_TEXT' };
    c.paragraphStyles.splice(para, 0, ...Array.from({ length: countNewlines(insert) }, () => ({ ...paraStyle })));
    c.text = c.text.slice(0, off) + insert + c.text.slice(off);
    c.textStyles.splice(off, 0, ...Array.from({ length: insert.length }, () => ({ ...inherited })));
    for (const nr of c.namedRanges) {
      for (const r of nr.ranges) {
        if (index <= r.startIndex) {
          r.startIndex += insert.length;
          r.endIndex += insert.length;
        } else if (index < r.endIndex) {
          r.endIndex += insert.length;
        }
      }
    }
  }
}

/** Typed text takes the style of the character before it, except a link, which Docs does not extend. */
function inheritedStyle(c: DocContent, off: number): Style {
  const before = off > 0 && c.text[off - 1] !== '\n' ? c.textStyles[off - 1] : undefined;
  if (!before) return {};
  const { link: _link, ...rest } = before;
  return rest;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

export function insertText(c: DocContent, index: number, text: string): void {
  splice(c, index, 0, stripForbidden(text));
}

export function deleteContentRange(c: DocContent, range: unknown): void {
  const { startIndex, endIndex } = checkRange(c, range, { allowFinalNewline: false });
  splice(c, startIndex, endIndex - startIndex, '');
}

/** Returns occurrencesChanged. Matches are found on the text before any replacement, as the API does. */
export function replaceAllText(c: DocContent, find: string, replacement: string, matchCase: boolean, byRegex: boolean): number {
  if (find === '') throw new InvalidRequest('containsText.text must not be empty.');
  let re: RegExp;
  try {
    re = new RegExp(byRegex ? find : find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), matchCase ? 'gu' : 'giu');
  } catch {
    throw new InvalidRequest(`Invalid regular expression: ${find}`);
  }
  const body = c.text.slice(0, -1);
  const matches = [...body.matchAll(re)].filter((m) => m[0].length > 0);
  const insert = stripForbidden(replacement);
  for (const m of matches.reverse()) {
    const off = m.index;
    splice(c, BODY_START + off, m[0].length, insert, { ...(c.textStyles[off] ?? {}) });
  }
  return matches.length;
}

export function createNamedRange(c: DocContent, name: unknown, range: unknown): string {
  if (typeof name !== 'string' || name.length < 1 || name.length > 256) {
    throw new InvalidRequest('The name must be between 1 and 256 UTF-16 code units long.');
  }
  const r = checkRange(c, range, { allowFinalNewline: true });
  const namedRangeId = `kix.${randomId(12)}`;
  c.namedRanges.push({ namedRangeId, name, ranges: [r] });
  return namedRangeId;
}

export function replaceNamedRangeContent(c: DocContent, target: { id?: string; name?: string }, text: string): void {
  const targets = target.id !== undefined ? c.namedRanges.filter((nr) => nr.namedRangeId === target.id) : c.namedRanges.filter((nr) => nr.name === target.name);
  if (target.id !== undefined && targets.length === 0) throw new InvalidRequest(`Named range ${target.id} not found.`);
  const insert = stripForbidden(text);
  const firstStart = (nr: NamedRange): number => Math.min(...nr.ranges.map((r) => r.startIndex));
  for (const nr of [...targets].sort((a, b) => firstStart(b) - firstStart(a))) {
    const ranges = [...nr.ranges].sort((a, b) => a.startIndex - b.startIndex);
    const [first, ...rest] = ranges;
    if (!first) continue;
    // Later pieces first, so the indexes of earlier ones stay valid.
    for (const r of rest.reverse()) splice(c, r.startIndex, r.endIndex - r.startIndex, '');
    splice(c, first.startIndex, first.endIndex - first.startIndex, insert, { ...(c.textStyles[first.startIndex - BODY_START] ?? {}) });
    c.namedRanges = c.namedRanges.filter((other) => other !== nr);
    if (insert.length > 0) {
      nr.ranges = [{ startIndex: first.startIndex, endIndex: first.startIndex + insert.length }];
      c.namedRanges.push(nr);
    }
  }
}

/** Applies a FieldMask: `*` replaces the whole style, otherwise only the listed fields are set or cleared. */
function applyFields(target: Style, source: Style, fields: string): Style {
  if (fields.trim() === '*') return { ...source };
  const out = { ...target };
  for (const f of fields
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const key = f.split('.')[0] ?? f;
    if (source[key] === undefined) delete out[key];
    else out[key] = source[key];
  }
  return out;
}

function requireFields(fields: unknown): string {
  if (typeof fields !== 'string' || fields.trim() === '') throw new InvalidRequest('fields is required.');
  return fields;
}

const LINK_COLOR = { color: { rgbColor: { red: 0.06666667, green: 0.33333334, blue: 0.8 } } };

export function updateTextStyle(c: DocContent, range: unknown, textStyle: unknown, fields: unknown): void {
  const mask = requireFields(fields);
  const { startIndex, endIndex } = checkRange(c, range, { allowFinalNewline: true });
  const source: Style = typeof textStyle === 'object' && textStyle !== null ? { ...(textStyle as Style) } : {};
  const { link: _link, ...newlineSource } = source;
  const newlineMask = mask
    .split(',')
    .filter((f) => f.trim() !== 'link')
    .join(',');
  // Setting a link brings the default link look with it, as in the editor.
  const linked = source['link'] !== undefined && (mask.trim() === '*' || mask.split(',').some((f) => f.trim() === 'link'));
  const textSource = linked ? { ...source, underline: true, foregroundColor: LINK_COLOR } : source;
  const textMask = linked && mask.trim() !== '*' ? `${mask},underline,foregroundColor` : mask;
  for (let i = startIndex; i < endIndex; i++) {
    const off = i - BODY_START;
    const current = c.textStyles[off] ?? {};
    // Links cannot sit on a newline: it gets every other requested field.
    c.textStyles[off] =
      c.text[off] === '\n'
        ? newlineMask.trim() === ''
          ? current
          : applyFields(current, newlineSource, newlineMask)
        : applyFields(current, textSource, textMask);
  }
}

export function updateParagraphStyle(c: DocContent, range: unknown, paragraphStyle: unknown, fields: unknown): void {
  const mask = requireFields(fields);
  const { startIndex, endIndex } = checkRange(c, range, { allowFinalNewline: true });
  const source: Style = typeof paragraphStyle === 'object' && paragraphStyle !== null ? (paragraphStyle as Style) : {};
  const nst = source['namedStyleType'];
  if (nst !== undefined && !NAMED_STYLE_TYPES.includes(nst as NamedStyleType)) {
    throw new InvalidRequest(`Invalid value for namedStyleType: ${String(nst)}`);
  }
  paragraphs(c).forEach((p, n) => {
    if (p.endIndex <= startIndex || p.startIndex >= endIndex) return;
    const next = applyFields(c.paragraphStyles[n] ?? { namedStyleType: 'NORMAL_TEXT' }, source, mask);
    c.paragraphStyles[n] = { ...next, namedStyleType: (next['namedStyleType'] as NamedStyleType | undefined) ?? 'NORMAL_TEXT' };
  });
}
