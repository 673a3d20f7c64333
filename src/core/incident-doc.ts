// The incident doc's own structure, written through the Docs API in one batchUpdate right after
// documents.create (which honours only the title). Indexes are UTF-16 code units, which is what
// JavaScript string lengths count, so the offsets below are the Docs API's.
import type { docs_v1 } from '@googleapis/docs';
import { renderImpact, renderLive } from './impact';
import { formatEntry, formatUtc, type TimelineEntry } from './timeline';

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

type Style = 'TITLE' | 'HEADING_1' | 'NORMAL_TEXT';
interface Line {
  text: string;
  style: Style;
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
  const lines = incidentDocLines(input);
  const text = lines.map((l) => l.text).join('\n');
  const requests: docs_v1.Schema$Request[] = [{ insertText: { location: { index: 1 }, text } }];
  let index = 1;
  for (const line of lines) {
    const range = { startIndex: index, endIndex: index + line.text.length + 1 };
    if (line.style !== 'NORMAL_TEXT') {
      requests.push({ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: line.style }, fields: 'namedStyleType' } });
    }
    index += line.text.length + 1;
  }
  return requests;
}
