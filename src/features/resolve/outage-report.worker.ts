// Gathers the outage report from the doc (the shared record, with what everyone typed into it)
// and this browser's incident record. Every text is redacted again here, whatever the doc's
// last scan did: the doc may have changed since, and nothing unredacted may leave.
import { findSection, paragraphs, timelineEntries } from '../../core/doc-sections';
import { SECTIONS } from '../../core/incident-doc';
import type { OutageReport } from './outage-issue';
import type { Step } from '../../core/outbox';
import { draftOutageReport, reportTexts, withReportTexts } from './outage-report-draft';
import { getDocument } from '../../services/docs';
import { AppError } from '../../core/errors';
import { redactForIncident, redactForOutside } from '../../background/scan';
import { load } from '../../background/store';
import { documentOf } from '../../background/incident-docs';

function stepResult(outbox: Step[], incidentId: string, name: string, field: string): string | undefined {
  return outbox.find((s) => s.incidentId === incidentId && s.name === name && s.state === 'done')?.result?.[field];
}

/** `outside`: the report goes to the issue tracker, so undecided doubts stop it (a download for oneself does not). */
export async function buildOutageReport(incidentId: string, outside = false): Promise<OutageReport> {
  const [incidents, settings, outbox] = await Promise.all([load('incidents'), load('settings'), load('outbox')]);
  const incident = incidents[incidentId];
  if (!incident) throw new AppError('not_found', `Incident ${incidentId} is no longer known to this browser.`);
  const doc = await getDocument(await documentOf(incidentId));
  const all = paragraphs(doc);
  const timeline = findSection(all, SECTIONS.timeline);
  // Without it the issue would claim an empty timeline; better to stop and say why.
  if (!timeline) throw new AppError('not_found', 'The doc has no Timeline heading; add it back and retry.');
  const lines = (name: string) => findSection(all, name)?.body.map((p) => p.text) ?? [];
  const docUrl = stepResult(outbox, incidentId, 'doc', 'docUrl');
  const publicUrl = stepResult(outbox, incidentId, 'publish', 'publicUrl');
  const draft = draftOutageReport({
    incident,
    summaryLines: lines(SECTIONS.summary),
    impactLines: lines(SECTIONS.impact),
    liveLines: lines(SECTIONS.live),
    timeline: timelineEntries(timeline),
    segments: settings.segments,
    ...(docUrl ? { docUrl } : {}),
    ...(publicUrl ? { publicUrl } : {}),
  });
  // Fail-closed: a failed scan throws, and no report exists to be sent or downloaded.
  const { texts } = await (outside ? redactForOutside : redactForIncident)(incidentId, reportTexts(draft));
  return withReportTexts(draft, texts);
}
