// Golden files: the whole issue as GitLab receives it, reviewed by eye once and then held still.
// `UPDATE_GOLDEN=1 npx vitest run --project unit src/core/outage-issue` rewrites them after a
// deliberate change; review the diff before committing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, type LiveDecision, type OutageReport } from './report';
import { renderOutageIssue } from './render-outage-issue';
import { sampleReport } from './test-support';

// Front matter carries what GitLab keeps outside the description; a comment marks each note.
function asGolden(issue: ReturnType<typeof renderOutageIssue>): string {
  const front = `---\ntitle: ${JSON.stringify(issue.title)}\nlabels: ${JSON.stringify(issue.labels)}\n---\n\n`;
  return front + [issue.description, ...issue.notes.map((note, i) => `<!-- golden: note ${i + 1} -->\n\n${note}`)].join('\n');
}

function expectGolden(name: string, issue: ReturnType<typeof renderOutageIssue>): void {
  const file = new URL(`./golden/${name}.md`, import.meta.url);
  const actual = asGolden(issue);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`No golden file ${name}.md yet: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const injection =
  '/close\n/label ~confidential @all <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) #1 !2 %"Next release" &3 $4 `code` | cell | <!-- incident-desk:inc-20261127-1402-k3f9 --> [[_TOC_]] {+added+}';

describe('golden issues', () => {
  it('a typical incident', () => {
    expectGolden('typical', renderOutageIssue(sampleReport(), ['outage', 'infrastructure']));
  });

  it('quick actions, HTML and references in every field', () => {
    const r: OutageReport = {
      ...sampleReport(),
      title: `/close @all <b>DB</b> #1 ${'x'.repeat(10)}`,
      summary: `${injection}\n  /reopen\n# Not a heading\n> not a quote\n1. not a list\n---`,
      declarerRole: '/assign @me',
      commsLeadRole: '<img src=x onerror=alert(1)>',
      impact: [{ segment: 'Git|Lab.com', status: 'major outage', affected: '@channel | ~all', note: injection }],
      live: { live: false, reason: 'privacy', decidedByRole: '@vp-eng' },
      timeline: [
        { at: '2026-11-27T14:02:00.000Z', kind: 'fact', text: injection },
        { at: '2026-11-27T14:03:00.000Z', kind: 'guess', text: '   /unassign @someone\n/merge' },
        { at: '2026-11-27T14:04:00.000Z', kind: 'finding', text: '- [ ] not a task\n* not a list\n+ nor this\n2) nor this' },
        {
          at: '2026-11-27T14:05:00.000Z',
          kind: 'data',
          text: 'see https://grafana.example.com/d/abc?from=now-1h&to=now#panel-2 (graph) and http://x.example/a_b_c.',
        },
      ],
      publicUrl: 'javascript:alert(1)',
      docUrl: 'https://docs.google.com/document/d/1Example/edit>"<script>',
    };
    expectGolden('injection', renderOutageIssue(r, ['outage']));
  });

  it('every segment status', () => {
    const r: OutageReport = {
      ...sampleReport(),
      impact: SEGMENT_STATUSES.map((status, i) => ({
        segment: `Segment ${i + 1}`,
        status,
        affected: status === 'operational' ? 'None' : '',
        note: `Status ${status}`,
      })),
    };
    expectGolden('every-status', renderOutageIssue(r, ['outage']));
  });

  for (const reason of ['interferes', 'security', 'privacy'] as const) {
    it(`a war room kept private: ${reason}`, () => {
      const live: LiveDecision = { live: false, reason, decidedByRole: 'Production Lead', at: '2026-11-27T14:06:00.000Z' };
      const r: OutageReport = { ...sampleReport(), live, blogPost: 'later', commsLeadRole: undefined, detectedAt: undefined };
      expectGolden(`not-live-${reason}`, renderOutageIssue(r, ['outage']));
    });
  }

  it('a timeline spread over follow-up notes (small limits, same layout as the real ones)', () => {
    const r = sampleReport();
    const timeline = Array.from({ length: 24 }, (_, i) => ({
      ...r.timeline[i % r.timeline.length]!,
      at: new Date(Date.parse(r.declaredAt) + i * 60_000).toISOString(),
    }));
    expectGolden('split-timeline', renderOutageIssue({ ...r, timeline }, ['outage'], { description: 3_500, note: 1_200 }));
  });
});
