// Customer impact per segment and the war-room live decision, as marketing records them in the
// doc. The doc is the shared record, so each is written as readable text and parsed back.
import { formatUtc } from '../timeline/timeline';

export const SEGMENT_STATUSES = ['operational', 'degraded', 'partial outage', 'major outage', 'unknown'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export interface SegmentImpact {
  segment: string;
  status: SegmentStatus;
  affected: string;
  note: string;
}

export const NOT_LIVE_REASONS = {
  interferes: 'it interferes with solving the incident',
  security: 'it risks the security of an employee or a customer',
  privacy: 'it risks the privacy of an employee or a customer',
} as const;
export type NotLiveReason = keyof typeof NOT_LIVE_REASONS;

export interface LiveDecision {
  live: boolean;
  reason?: NotLiveReason;
  decidedByRole?: string;
  at?: string;
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

export function renderLive(d: LiveDecision): string {
  if (d.live) {
    return d.decidedByRole && d.at ? `Live. Confirmed by the ${d.decidedByRole} at ${formatUtc(d.at)}.` : 'Live (the default). Marketing records any decision not to stream, with its reason.';
  }
  const reason = d.reason ? NOT_LIVE_REASONS[d.reason] : 'no reason recorded';
  return `Not live, because ${reason}. Decided by the ${d.decidedByRole ?? 'marketing lead'}${d.at ? ` at ${formatUtc(d.at)}` : ''}, having asked the lead who declared.`;
}

export function parseLive(lines: string[]): LiveDecision {
  const text = lines.join(' ').trim();
  if (!text.startsWith('Not live')) return { live: true };
  const reason = (Object.keys(NOT_LIVE_REASONS) as NotLiveReason[]).find((k) => text.includes(NOT_LIVE_REASONS[k]));
  const role = /Decided by the (.+?)(?: at |, having)/.exec(text)?.[1];
  return { live: false, ...(reason ? { reason } : {}), ...(role ? { decidedByRole: role } : {}) };
}
