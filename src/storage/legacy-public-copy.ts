// Versions before the public copy published the working doc itself to the web (Drive
// revisions.update with published: true on the doc the whole company edits), so whatever Docs
// merged into that revision was public. Their publish step is done with the working doc's own
// link and no `publicDocumentId`. For an incident still active and declared in this browser, the
// upgrade queues the publish step again, so today's executor creates the public copy, writes it
// from a scan, publishes it and links it from the working doc; then the working doc is taken off
// the web. The tweet and the Slack posts that went out stay done: nothing is posted twice.
import type { StoredIncident, StoredStep } from './schema';

export const UNPUBLISH_STEP = 'unpublishWorkingDoc';

/** A publish step of the old design: done, and what it published is the working doc (no public copy). */
function publishedWorkingDoc(step: StoredStep, outbox: StoredStep[], incidents: Record<string, StoredIncident>): boolean {
  return (
    step.name === 'publish' &&
    step.state === 'done' &&
    !step.result?.['publicDocumentId'] &&
    incidents[step.incidentId]?.state === 'active' &&
    // Declared here: a colleague's browser (an adopted doc) has no scan step and never writes a public copy.
    outbox.some((s) => s.incidentId === step.incidentId && s.name === 'scan')
  );
}

/** The outbox with each such incident's public copy on its way; the same array when there is none. */
export function givePublicCopies(outbox: StoredStep[], incidents: Record<string, StoredIncident>, now: number): StoredStep[] {
  const legacy = outbox.filter((s) => publishedWorkingDoc(s, outbox, incidents));
  if (!legacy.length) return outbox;
  const requeued = outbox.map((s): StoredStep => {
    if (!legacy.includes(s)) return s;
    return { key: s.key, incidentId: s.incidentId, name: s.name, after: s.after, state: 'waiting', attempts: 0, updatedAt: now };
  });
  const unpublish = legacy
    .filter((s) => !outbox.some((o) => o.incidentId === s.incidentId && o.name === UNPUBLISH_STEP))
    .map(
      (s): StoredStep => ({
        key: `${s.incidentId}:${UNPUBLISH_STEP}`,
        incidentId: s.incidentId,
        name: UNPUBLISH_STEP,
        after: ['publish'],
        state: 'waiting',
        attempts: 0,
        updatedAt: now,
        // What the old version had made public, for the record (the checklist and the JSON export show it).
        payload: { formerPublicUrl: s.result?.['publicUrl'] ?? '' },
      }),
    );
  return [...requeued, ...unpublish];
}
