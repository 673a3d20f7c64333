// Shared by the tests of this folder: a typical resolved incident, and a reader's view of an
// escaped line.
import type { OutageReport } from './report';

export function sampleReport(): OutageReport {
  return {
    incidentId: 'inc-20261127-1402-k3f9',
    title: 'Database replica lag makes GitLab.com read-only',
    summary:
      'The primary database stopped streaming to its replicas after a storage change, so GitLab.com served stale data and then refused writes.\nService came back once the replicas were rebuilt from a snapshot.',
    declarerRole: 'Production Lead',
    commsLeadRole: 'Director of Infrastructure',
    declaredAt: '2026-11-27T14:02:00.000Z',
    detectedAt: '2026-11-27T13:55:00.000Z',
    resolvedAt: '2026-11-27T16:09:30.000Z',
    impact: [
      { segment: 'GitLab.com', status: 'major outage', affected: 'All users: writes failed for 2 hours', note: 'Pushes, merges and comments rejected' },
      { segment: 'GitHost', status: 'degraded', affected: 'About 40 instances on the shared cluster', note: 'Slow page loads' },
      { segment: 'on-premises', status: 'operational', affected: 'None', note: '' },
    ],
    live: { live: true, decidedByRole: 'Marketing lead', at: '2026-11-27T14:10:00.000Z' },
    timeline: [
      { at: '2026-11-27T13:55:00.000Z', kind: 'data', text: 'Replication lag alert fires: 45 s behind on db-replica-2.' },
      { at: '2026-11-27T14:02:00.000Z', kind: 'action', text: 'Major incident declared by the Production Lead.' },
      { at: '2026-11-27T14:20:00.000Z', kind: 'guess', text: 'The storage migration at 13:40 may have filled the WAL volume.' },
      { at: '2026-11-27T14:31:00.000Z', kind: 'finding', text: 'WAL volume is at 100%; archiving has been failing since 13:41.' },
      {
        at: '2026-11-27T14:45:00.000Z',
        kind: 'action',
        text: 'Replicas rebuilt from the 13:00 snapshot; see https://docs.example.com/runbooks/replica-rebuild.',
      },
      { at: '2026-11-27T16:09:30.000Z', kind: 'fact', text: 'Writes succeed again on GitLab.com; incident resolved.' },
    ],
    publicUrl: 'https://docs.google.com/document/d/e/2PACX-1vExamplePublicKey/pub',
    docUrl: 'https://docs.google.com/document/d/1ExampleDocId/edit',
    blogPost: 'yes',
  };
}

/** Roughly what GitLab shows for one escaped line: escapes, entities and word joiners resolved. */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/<(https?:\/\/[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\u2060/g, '');
}
