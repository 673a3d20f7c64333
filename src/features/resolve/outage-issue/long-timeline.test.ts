// A 2-MB timeline: twice what a description can hold, so most of it goes into notes.
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../timeline/timeline';
import { issueMarker } from './issue-marker';
import { MAX_DESCRIPTION, MAX_NOTE } from './report';
import { renderOutageIssue } from './render-outage-issue';
import { sampleReport, visibleText } from './test-support';

const start = Date.parse('2026-11-27T14:02:00Z');
// Padded with characters that grow when escaped, so sizes are checked after escaping.
const padding = ' <b>|*_`/@all #1'.repeat(12);
const id = (i: number) => `entry-${String(i).padStart(6, '0')}`;

describe('a 2-MB timeline', () => {
  const timeline: TimelineEntry[] = Array.from({ length: 10_500 }, (_, i) => ({
    at: new Date(start + i * 1_000).toISOString(),
    kind: i % 5 === 0 ? 'guess' : 'fact',
    text: `${i % 7 === 0 ? '/close ' : ''}${id(i)}${padding}`,
  }));
  const r = sampleReport();
  const issue = renderOutageIssue({ ...r, timeline }, ['outage']);
  const all = [issue.description, ...issue.notes];

  it('is at least 2 MB of text', () => {
    expect(timeline.reduce((n, e) => n + e.text.length, 0)).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('keeps the description and every note within GitLab’s limits', () => {
    expect(issue.notes.length).toBeGreaterThanOrEqual(2);
    expect(issue.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    for (const note of issue.notes) expect(note.length).toBeLessThanOrEqual(MAX_NOTE);
  });

  it('has every entry exactly once, in order, across the description and the notes', () => {
    const seen = all.join('\n').match(/entry-\d{6}/g) ?? [];
    expect(seen).toEqual(timeline.map((_, i) => id(i)));
  });

  it('keeps the marker and the post-mortem in the description, and numbers the notes', () => {
    expect(issue.description.split(issueMarker(r.incidentId)).length).toBe(2);
    expect(issue.description).toContain('## Post-mortem');
    const parts = issue.notes.length + 1;
    expect(issue.description).toContain(`_The timeline continues in the comments below (parts 2 to ${parts} of ${parts})._`);
    issue.notes.forEach((note, i) => {
      expect(note.startsWith(`## Timeline (continued, part ${i + 2} of ${parts})\n\n- **`)).toBe(true);
    });
  });

  it('lets no line start a quick action', () => {
    for (const text of all) expect(text.split('\n').filter((l) => l.trimStart().startsWith('/'))).toEqual([]);
  });
});

describe('one entry longer than a note', () => {
  it('is spread over "(continued)" items, every character kept', () => {
    const text = Array.from({ length: 150_000 }, (_, i) => `w${i}`).join(' ');
    expect(text.length).toBeGreaterThan(MAX_NOTE);
    const issue = renderOutageIssue({ ...sampleReport(), timeline: [{ at: '2026-11-27T14:02:00Z', kind: 'data', text }] }, ['outage']);
    const items = [issue.description, ...issue.notes]
      .join('\n')
      .split('\n')
      .filter((l) => l.startsWith('- **2026-11-27 14:02 UTC**'));
    expect(items.length).toBeGreaterThan(1);
    expect(items.map((l) => visibleText(l.replace(/^.*? — \[data\] (_\(continued\)_ )?/, ''))).join(' ')).toBe(text);
  });
});
