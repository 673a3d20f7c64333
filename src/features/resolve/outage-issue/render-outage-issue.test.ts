import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION, type OutageReport } from './report';
import { renderOutageIssue } from './render-outage-issue';
import { sampleReport } from './test-support';

const render = (change: Partial<OutageReport> = {}, labels = ['outage']) => renderOutageIssue({ ...sampleReport(), ...change }, labels);
const headings = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('#'));

describe('the outage issue', () => {
  it('has the handbook’s sections in order, and the post-mortem skeleton in full', () => {
    expect(headings(render().description)).toEqual([
      '## Summary',
      '## Customer impact',
      '## War room',
      '## Timeline',
      '## Post-mortem',
      '### What happened',
      '### Impact',
      '### Detection',
      '### Response',
      '### Recovery',
      '### Root cause: five whys',
      '### What went well',
      '### What can be improved',
      '### Corrective actions',
    ]);
    const { description } = render();
    expect(description).toMatch(/^1\. Why .*\n2\. .*\n3\. .*\n4\. .*\n5\. /m);
    expect(description).toMatch(/\n- \[ \] …\n/);
  });

  it('names who declared and who led communications by role', () => {
    expect(render().description).toContain(
      '- **Declared:** 2026-11-27 14:02 UTC, by the Production Lead\n- **Communications led by:** the Director of Infrastructure',
    );
    expect(render({ commsLeadRole: undefined }).description).toContain('- **Communications led by:** the Production Lead (the declarer)');
  });

  it('gives detection, resolution and the duration from the first sign of trouble', () => {
    const { description } = render();
    expect(description).toContain(
      '- **Detected:** 2026-11-27 13:55 UTC\n- **Resolved:** 2026-11-27 16:09 UTC\n- **Duration:** 2 h 14 min, from detection to resolution',
    );
    expect(render({ detectedAt: undefined }).description).toContain('- **Duration:** 2 h 7 min, from declaration to resolution');
    expect(render({ detectedAt: '2026-11-27T14:30:00Z' }).description).toContain('2 h 7 min, from declaration');
  });

  it('says what it does not know about the times rather than inventing them', () => {
    expect(render({ resolvedAt: undefined }).description).toContain('- **Resolved:** not recorded\n- **Duration:** unknown: no resolution time was recorded');
    expect(render({ resolvedAt: '2026-11-27T10:00:00Z' }).description).toContain('- **Duration:** unknown: the resolution time is before the start');
  });

  it('shows the impact per segment as a table with a pipe kept inside its cell', () => {
    const { description } = render({ impact: [{ segment: 'GitLab.com', status: 'partial outage', affected: 'CI | runners', note: '' }] });
    expect(description).toContain(
      '| Segment | Status | Affected customers | Notes |\n| --- | --- | --- | --- |\n| GitLab.com | 🟠 partial outage | CI \\| runners | — |',
    );
    expect(render({ impact: [] }).description).toContain('_No customer impact was recorded._');
  });

  it('records the war-room decision and its reason', () => {
    expect(render().description).toContain(
      '**Live.** The war room was streamed publicly, the handbook’s default. Decided by the Marketing lead at 2026-11-27 14:10 UTC.',
    );
    expect(render({ live: { live: false, reason: 'interferes' } }).description).toContain(
      '**Not live.** Streaming it would have interfered with solving the incident.\n',
    );
    expect(render({ live: { live: false } }).description).toContain('**Not live.** No reason was recorded.');
  });

  it('links the public doc, and only ever an https link', () => {
    expect(render().description).toContain('- **Public incident doc:** <https://docs.google.com/document/d/e/2PACX-1vExamplePublicKey/pub>');
    expect(render({ publicUrl: 'javascript:alert(1)//' }).description).toContain('- **Public incident doc:** javascript:alert(1)//');
    expect(render({ publicUrl: undefined }).description).toContain('- **Public incident doc:** not recorded');
  });

  it('labels outage, the team’s labels, and blog post when marketing said yes', () => {
    expect(render({}, ['outage', 'infrastructure']).labels).toEqual(['outage', 'infrastructure', 'blog post']);
    expect(render({ blogPost: 'no' }, []).labels).toEqual(['outage']);
  });

  it('is the same text every time for the same report', () => {
    expect(render()).toEqual(render());
  });

  it('says so when there is no timeline, and needs no notes', () => {
    const issue = render({ timeline: [] });
    expect(issue.description).toContain('## Timeline\n\n_All times are UTC._\n\n_No timeline entries were recorded._\n\n## Post-mortem');
    expect(issue.notes).toEqual([]);
  });

  it('refuses, rather than cuts, a summary too long for any description', () => {
    expect(() => render({ summary: 'x'.repeat(MAX_DESCRIPTION) })).toThrow(RangeError);
  });
});
