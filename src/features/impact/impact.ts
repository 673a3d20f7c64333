// Customer impact per segment, as marketing records it in the doc. The doc is the shared record,
// so it is written as readable text and parsed back.

export const SEGMENT_STATUSES = ['operational', 'degraded', 'partial outage', 'major outage', 'unknown'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export interface SegmentImpact {
  segment: string;
  status: SegmentStatus;
  affected: string;
  note: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function renderImpact(i: SegmentImpact): string {
  const affected = oneLine(i.affected) || 'not known yet';
  const note = oneLine(i.note);
  return `${i.segment}: ${i.status}. Affected customers: ${affected.replace(/\.$/, '')}.${note ? ` Note: ${note}` : ''}`;
}

const IMPACT_LINE = /^(.+?): (operational|degraded|partial outage|major outage|unknown)\. Affected customers: (.*?)\.(?: Note: (.*))?$/;

/** One block per configured segment; a segment the doc does not mention yet is unknown. */
export function parseImpact(lines: string[], segments: string[]): SegmentImpact[] {
  const parsed = new Map<string, SegmentImpact>();
  for (const line of lines) {
    const m = IMPACT_LINE.exec(line.trim());
    if (m) parsed.set(m[1]!, { segment: m[1]!, status: m[2] as SegmentStatus, affected: m[3] === 'not known yet' ? '' : m[3]!, note: m[4] ?? '' });
  }
  return segments.map((segment) => parsed.get(segment) ?? { segment, status: 'unknown', affected: '', note: '' });
}
