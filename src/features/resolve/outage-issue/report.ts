// What the worker gathers from the resolved incident's doc for the `outage` issue. Every text in
// it has already been redacted; rendering only has to keep it from being read as GitLab syntax.
import type { SegmentImpact } from '../../impact/impact';
import type { LiveDecision } from '../../war-room/live';
import type { TimelineEntry } from '../../timeline/timeline';

// Impact and the live decision are the doc's own records (impact/, war-room/), reused as they are.
export { SEGMENT_STATUSES, type SegmentImpact, type SegmentStatus } from '../../impact/impact';
export type { LiveDecision } from '../../war-room/live';

export interface OutageReport {
  incidentId: string;
  title: string;
  summary: string;
  declarerRole: string;
  commsLeadRole?: string;
  /** UTC ISO 8601, like every time below */
  declaredAt: string;
  detectedAt?: string;
  resolvedAt?: string;
  impact: SegmentImpact[];
  live: LiveDecision;
  timeline: TimelineEntry[];
  publicUrl?: string;
  docUrl?: string;
  blogPost?: 'yes' | 'no' | 'later';
}

// GitLab's own limits (apis.md F). GitLab counts characters; JavaScript lengths count UTF-16
// code units, never fewer, so checking `.length` against them errs on the safe side.
export const MAX_TITLE = 255;
export const MAX_DESCRIPTION = 1_048_576;
export const MAX_NOTE = 1_000_000;

export interface IssueLimits {
  description: number;
  note: number;
}

export const GITLAB_LIMITS: IssueLimits = { description: MAX_DESCRIPTION, note: MAX_NOTE };

export interface OutageIssue {
  title: string;
  description: string;
  /** follow-up notes, to be posted in order right after the issue is created */
  notes: string[];
  labels: string[];
}
