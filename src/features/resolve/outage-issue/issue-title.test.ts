import { describe, expect, it } from 'vitest';
import { outageIssueTitle } from './issue-title';
import { WORD_JOINER as J } from './neutralize-references';
import { MAX_TITLE } from './report';

describe('outage issue title', () => {
  it('is "Outage: " and the incident title on one line', () => {
    expect(outageIssueTitle('  Database\nreplica   lag ', 'inc-1')).toBe('Outage: Database replica lag');
  });

  it('falls back to the incident id when the title is blank', () => {
    expect(outageIssueTitle(' \n ', 'inc-20261127-1402-k3f9')).toBe('Outage: inc-20261127-1402-k3f9');
  });

  it('mentions nobody and references nothing, since GitLab links those in titles too', () => {
    expect(outageIssueTitle('@all see #12', 'inc-1')).toBe(`Outage: @${J}all see #${J}12`);
  });

  it('fits in 255 characters, shortened with an ellipsis between whole graphemes', () => {
    const title = outageIssueTitle(`${'a'.repeat(245)}👩‍👩‍👧 and more`, 'inc-1');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title.endsWith('a…')).toBe(true);
    const exact = outageIssueTitle('b'.repeat(MAX_TITLE - 'Outage: '.length), 'inc-1');
    expect(exact).toBe(`Outage: ${'b'.repeat(247)}`);
  });
});
