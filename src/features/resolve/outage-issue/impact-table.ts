// Customer impact per segment, as marketing recorded it in the doc. The handbook asks to be
// "really clear" per segment, so every segment is a row even when nothing is known about it.
import { escapeMarkdownText } from './escape-markdown';
import type { SegmentImpact, SegmentStatus } from './report';

// A coloured dot makes the table readable at a glance; the words keep it readable without colour.
const STATUS_MARK: Record<SegmentStatus, string> = {
  operational: '🟢',
  degraded: '🟡',
  'partial outage': '🟠',
  'major outage': '🔴',
  unknown: '⚪',
};

function cell(text: string, empty: string): string {
  return escapeMarkdownText(text) || empty;
}

export function impactTable(impact: SegmentImpact[]): string {
  if (impact.length === 0) return '_No customer impact was recorded._';
  return [
    '| Segment | Status | Affected customers | Notes |',
    '| --- | --- | --- | --- |',
    ...impact.map(
      (s) => `| ${cell(s.segment, '—')} | ${STATUS_MARK[s.status]} ${cell(s.status, 'unknown')} | ${cell(s.affected, 'not known')} | ${cell(s.note, '—')} |`,
    ),
  ].join('\n');
}
