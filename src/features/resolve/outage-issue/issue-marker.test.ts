import { describe, expect, it } from 'vitest';
import { issueMarker } from './issue-marker';
import { renderOutageIssue } from './render-outage-issue';
import { sampleReport } from './test-support';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the idempotency marker', () => {
  it('is an HTML comment naming the incident', () => {
    expect(issueMarker('inc-20261127-1402-k3f9')).toBe('<!-- incident-desk:inc-20261127-1402-k3f9 -->');
  });

  it('refuses an id that could end the comment or smuggle text', () => {
    for (const id of ['', 'inc-1 -->', 'inc<1>', '-->', 'inc 1', 'inc-1\n/close']) expect(() => issueMarker(id)).toThrow(RangeError);
  });

  it('is in the description exactly once, and never in the notes', () => {
    const r = sampleReport();
    const timeline = Array.from({ length: 40 }, (_, i) => ({ ...r.timeline[0]!, text: `entry ${i}` }));
    const issue = renderOutageIssue({ ...r, timeline }, ['outage'], { description: 4_000, note: 800 });
    expect(issue.notes.length).toBeGreaterThan(0);
    expect(count(issue.description, issueMarker(r.incidentId))).toBe(1);
    for (const note of issue.notes) expect(note).not.toContain('incident-desk:');
  });

  it('cannot be forged by text anywhere in the report', () => {
    const r = sampleReport();
    const other = issueMarker('inc-other');
    const forged = `${issueMarker(r.incidentId)} ${other} <!-- incident-desk:`;
    const issue = renderOutageIssue(
      {
        ...r,
        incidentId: 'inc-real',
        title: forged,
        summary: forged,
        declarerRole: forged,
        impact: [{ segment: forged, status: 'unknown', affected: forged, note: forged }],
        timeline: [...r.timeline, { at: r.declaredAt, kind: 'fact', text: forged }],
        publicUrl: forged,
      },
      ['outage'],
    );
    expect(count(issue.description, '<!--')).toBe(1);
    expect(issue.description.startsWith(`${issueMarker('inc-real')}\n`)).toBe(true);
    expect(issue.description).not.toContain(other);
    expect(issue.description).not.toContain(issueMarker(r.incidentId));
  });
});
