import { describe, expect, it } from 'vitest';
import { renderOutageIssue } from './outage-issue';
import { sampleReport } from './outage-issue/test-support';
import { planNotes } from './outage-notes';
import type { TimelineEntry } from '../timeline/timeline';

// Small limits so a modest timeline already spills into several notes.
const limits = { description: 6_000, note: 1_000 };
const entries = (n: number): TimelineEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    at: new Date(Date.parse('2026-11-27T14:02:00Z') + i * 60_000).toISOString(),
    kind: 'fact',
    text: `entry ${i} ${'padding '.repeat(10)}`,
  }));
const notesFor = (n: number) => renderOutageIssue({ ...sampleReport(), timeline: entries(n) }, ['outage'], limits).notes;
const asExisting = (bodies: string[], from = 1) => bodies.map((body, i) => ({ id: from + i, body }));

describe('planNotes', () => {
  const notes = notesFor(80);

  it('is exercised with several continuation notes', () => {
    expect(notes.length).toBeGreaterThanOrEqual(3);
  });

  it('posts every note on a fresh issue', () => {
    expect(planNotes(notes, [])).toEqual({ create: notes, update: [] });
  });

  it('posts nothing when every note is already there, whatever GitLab did to trailing newlines', () => {
    expect(planNotes(notes, asExisting(notes.map((n) => n.trimEnd())))).toEqual({ create: [], update: [] });
  });

  it('posts only the notes a cut-off export did not get to', () => {
    expect(planNotes(notes, asExisting(notes.slice(0, 1)))).toEqual({ create: notes.slice(1), update: [] });
  });

  it('leaves people’s comments alone and never takes them for a part', () => {
    const people = [
      { id: 90, body: 'Looks like the WAL volume again.' },
      { id: 91, body: '## Timeline\n\nmy own notes' },
    ];
    expect(planNotes(notes, people)).toEqual({ create: notes, update: [] });
  });

  it('edits the parts whose text changed since, and adds the new ones', () => {
    const before = notesFor(60);
    const after = notesFor(120);
    expect(after.length).toBeGreaterThan(before.length);
    const plan = planNotes(after, asExisting(before, 10));
    const edited = plan.update.map((u) => u.id);
    expect(new Set(edited).size).toBe(edited.length);
    expect(plan.update.length + plan.create.length).toBeLessThanOrEqual(after.length);
    // Each existing part is reused for the same part number; only parts beyond them are new.
    expect(plan.update.length).toBe(before.length);
    expect(plan.create).toEqual(after.slice(before.length));
    for (const u of plan.update) expect(u.body).toBe(after[u.id - 10]);
  });
});
