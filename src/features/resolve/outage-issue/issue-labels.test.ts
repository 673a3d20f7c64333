import { describe, expect, it } from 'vitest';
import { outageIssueLabels } from './issue-labels';

describe('outage issue labels', () => {
  it('always carries outage, then the configured labels', () => {
    expect(outageIssueLabels(['infrastructure', 'severity::1'], 'no')).toEqual(['outage', 'infrastructure', 'severity::1']);
    expect(outageIssueLabels([], undefined)).toEqual(['outage']);
  });

  it('adds blog post only when marketing said yes', () => {
    expect(outageIssueLabels(['outage'], 'yes')).toEqual(['outage', 'blog post']);
    expect(outageIssueLabels(['outage'], 'later')).toEqual(['outage']);
  });

  it('drops duplicates, blanks and case variants, keeping the first spelling', () => {
    expect(outageIssueLabels([' Outage ', 'infra', 'INFRA', '', 'Blog Post'], 'yes')).toEqual(['outage', 'infra', 'Blog Post']);
  });
});
