// The outage report as read from the doc and the incident record, before redaction; and the
// list of its free texts, so the worker can redact all of them in one pass and put them back.
import { parseImpact } from '../impact/impact';
import { parseLive } from '../war-room/live';
import type { Incident } from '../../core/incident';
import type { OutageReport } from './outage-issue';
import type { TimelineEntry } from '../timeline/timeline';

export interface ReportSources {
  incident: Incident;
  /** paragraphs of the doc's sections, as text */
  summaryLines: string[];
  impactLines: string[];
  liveLines: string[];
  timeline: TimelineEntry[];
  segments: string[];
  docUrl?: string;
  publicUrl?: string;
}

/**
 * Responders backdate what they noticed before anyone declared; the earliest such entry is when
 * the trouble was first seen. Entries are kept to the minute, so the declaration's own entry
 * reads as up to 59 s before it: only entries before its minute count.
 */
function detectedAt(timeline: TimelineEntry[], declaredAt: string): string | undefined {
  const declared = Math.floor(Date.parse(declaredAt) / 60_000) * 60_000;
  const earlier = timeline.map((e) => Date.parse(e.at)).filter((t) => t < declared);
  return earlier.length ? new Date(Math.min(...earlier)).toISOString() : undefined;
}

export function draftOutageReport(s: ReportSources): OutageReport {
  const { incident } = s;
  const detected = detectedAt(s.timeline, incident.declaredAt);
  const summary = [
    ...s.summaryLines.map((l) => l.trim()).filter(Boolean),
    ...(incident.resolutionSummary ? [`Resolution: ${incident.resolutionSummary}`] : []),
  ].join('\n');
  return {
    incidentId: incident.id,
    title: incident.title,
    summary,
    declarerRole: incident.declarerRole,
    ...(incident.commsLeadRole ? { commsLeadRole: incident.commsLeadRole } : {}),
    declaredAt: incident.declaredAt,
    ...(detected ? { detectedAt: detected } : {}),
    ...(incident.resolvedAt ? { resolvedAt: incident.resolvedAt } : {}),
    impact: parseImpact(s.impactLines, s.segments),
    live: parseLive(s.liveLines),
    timeline: s.timeline,
    ...(s.publicUrl ? { publicUrl: s.publicUrl } : {}),
    ...(s.docUrl ? { docUrl: s.docUrl } : {}),
    ...(incident.blogPost ? { blogPost: incident.blogPost } : {}),
  };
}

/** Every text of the report a person wrote or could have written, in a fixed order. */
export function reportTexts(r: OutageReport): string[] {
  return [
    r.title,
    r.summary,
    r.declarerRole,
    r.commsLeadRole ?? '',
    r.live.decidedByRole ?? '',
    ...r.impact.flatMap((i) => [i.segment, i.affected, i.note]),
    ...r.timeline.map((e) => e.text),
  ];
}

/** The report with its texts replaced, in the order reportTexts gave them. */
export function withReportTexts(r: OutageReport, texts: string[]): OutageReport {
  if (texts.length !== reportTexts(r).length) throw new RangeError(`Expected ${reportTexts(r).length} texts, got ${texts.length}`);
  let i = 0;
  const next = () => texts[i++]!;
  const title = next();
  const summary = next();
  const declarerRole = next();
  const commsLeadRole = next();
  const decidedByRole = next();
  return {
    ...r,
    title,
    summary,
    declarerRole,
    ...(r.commsLeadRole !== undefined ? { commsLeadRole } : {}),
    live: { ...r.live, ...(r.live.decidedByRole !== undefined ? { decidedByRole } : {}) },
    impact: r.impact.map((imp) => ({ ...imp, segment: next(), affected: next(), note: next() })),
    timeline: r.timeline.map((e) => ({ ...e, text: next() })),
  };
}
