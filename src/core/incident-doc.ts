// The incident doc's own structure, written through the Docs API in one batchUpdate right after
// documents.create (which honours only the title). Indexes are UTF-16 code units, which is what
// JavaScript string lengths count, so the offsets below are the Docs API's.
import type { docs_v1 } from '@googleapis/docs';
import { renderImpact } from '../features/impact/impact';
import { renderLive } from '../features/war-room/live';
import { formatEntry, formatUtc, type TimelineEntry } from '../features/timeline/timeline';

export const SECTIONS = {
  summary: 'Summary',
  warRoom: 'War room',
  timeline: 'Timeline',
  impact: 'Customer impact',
  live: 'War room live?',
  postMortem: 'Post-mortem',
} as const;

export interface IncidentDocInput {
  title: string;
  summary: string;
  declaredAt: string;
  declarerRole: string;
  commsLeadRole?: string;
  segments: string[];
  firstEntry: TimelineEntry;
}

export const WAR_ROOM_NOTE = 'Zoom war room open. Its join link is in the Slack announcement and the Incident Desk sidebar, not here: this doc is public.';

/** One paragraph to write: its text and its Docs named style (TITLE, HEADING_1, NORMAL_TEXT, …). */
export interface Line {
  text: string;
  style: string;
}

// The working doc links to its public copy, so a colleague's browser (which cannot see the
// public copy through Drive's drive.file scope) still finds the public link in the doc itself.
const PUBLIC_COPY_LABEL = 'Public copy (read-only, names redacted): ';

export function publicCopyLine(url: string): string {
  return `${PUBLIC_COPY_LABEL}${url}`;
}

export const PUBLIC_COPY_NOTE = 'This is the public copy of the incident doc, kept current as the incident goes on. Names are redacted to keep it blameless.';

/** The public copy's content: the scanned working doc, its link to the public copy turned into a note about it. */
export function publicLines(lines: Line[]): Line[] {
  return lines.map((l) => (l.text.startsWith(PUBLIC_COPY_LABEL) ? { text: PUBLIC_COPY_NOTE, style: l.style } : l));
}

export const HELD_NOTE = '(A line here waits for a name review before it is public.)';

/**
 * Lines holding a term that may be a person, and that nobody has decided on yet, stay out of the
 * public copy: each is replaced by a note until a person answers in the sidebar. Whole words only.
 */
export function holdDoubtful(lines: Line[], doubts: string[]): Line[] {
  if (!doubts.length) return lines;
  const patterns = doubts.map((d) => new RegExp(`(?<![\\p{L}\\p{N}_])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u'));
  return lines.map((l) =>
    patterns.some((p) => p.test(l.text)) ? { text: HELD_NOTE, style: l.style.startsWith('HEADING') || l.style === 'TITLE' ? l.style : 'NORMAL_TEXT' } : l,
  );
}

export function findPublicCopyUrl(texts: string[]): string | undefined {
  const line = texts.find((t) => t.startsWith(PUBLIC_COPY_LABEL));
  const url = line?.slice(PUBLIC_COPY_LABEL.length).trim();
  return url && /^https:\/\/docs\.google\.com\/\S+$/.test(url) ? url : undefined;
}

export function incidentDocLines(input: IncidentDocInput): Line[] {
  const lines: Line[] = [
    { text: input.title, style: 'TITLE' },
    {
      text: `Major incident declared ${formatUtc(input.declaredAt)} by the ${input.declarerRole}${input.commsLeadRole ? `; communications led by the ${input.commsLeadRole}` : ''}.`,
      style: 'NORMAL_TEXT',
    },
    { text: SECTIONS.summary, style: 'HEADING_1' },
    { text: input.summary, style: 'NORMAL_TEXT' },
    { text: SECTIONS.warRoom, style: 'HEADING_1' },
    // The doc is published to the web: a join link here would let anyone into the war room.
    // Responders get it from Slack and the sidebar; the public gets the live stream.
    { text: WAR_ROOM_NOTE, style: 'NORMAL_TEXT' },
    { text: SECTIONS.timeline, style: 'HEADING_1' },
    { text: formatEntry(input.firstEntry), style: 'NORMAL_TEXT' },
    { text: SECTIONS.impact, style: 'HEADING_1' },
    ...input.segments.map((segment) => ({ text: renderImpact({ segment, status: 'unknown', affected: '', note: '' }), style: 'NORMAL_TEXT' as const })),
    { text: SECTIONS.live, style: 'HEADING_1' },
    { text: renderLive({ live: true }), style: 'NORMAL_TEXT' },
    { text: SECTIONS.postMortem, style: 'HEADING_1' },
    { text: 'Written after the incident is resolved. Blameless: roles, not names.', style: 'NORMAL_TEXT' },
  ];
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s*\n\s*/g, ' ') }));
}

/** The requests that turn an empty new doc (body = one empty paragraph at index 1) into the incident doc. */
export function incidentDocRequests(input: IncidentDocInput): docs_v1.Schema$Request[] {
  return writeLinesRequests(incidentDocLines(input), 2);
}

/**
 * Replace a doc's whole body with `lines`. `bodyEnd` is the end index of the body's last
 * element (2 for an empty doc): everything before its final newline, which the Docs API never
 * lets anyone delete, goes. Every paragraph gets its style explicitly, as the inserted text
 * would otherwise take the style of the paragraph it lands in.
 */
export function writeLinesRequests(lines: Line[], bodyEnd: number): docs_v1.Schema$Request[] {
  const requests: docs_v1.Schema$Request[] = [];
  if (bodyEnd > 2) requests.push({ deleteContentRange: { range: { startIndex: 1, endIndex: bodyEnd - 1 } } });
  const flat = lines.map((l) => ({ ...l, text: l.text.replace(/[\r\n\v]+/g, ' ') }));
  if (!flat.length) return requests;
  requests.push({ insertText: { location: { index: 1 }, text: flat.map((l) => l.text).join('\n') } });
  let index = 1;
  for (const line of flat) {
    const range = { startIndex: index, endIndex: index + line.text.length + 1 };
    requests.push({ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: line.style }, fields: 'namedStyleType' } });
    index += line.text.length + 1;
  }
  return requests;
}
