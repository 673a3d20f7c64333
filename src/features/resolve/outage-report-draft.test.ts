import { describe, expect, it } from 'vitest';
import { renderImpact } from '../impact/impact';
import { renderLive } from '../war-room/live';
import type { Incident } from '../../core/incident';
import type { OutageReport } from './outage-issue';
import { draftOutageReport, reportTexts, withReportTexts, type ReportSources } from './outage-report-draft';

const incident: Incident = {
  id: 'inc-20261127-1402-k3f9',
  title: 'Jane Doe broke the database',
  why: 'GitLab.com is read-only',
  declaredAt: '2026-11-27T14:02:37.000Z',
  declarerRole: 'Production Lead',
  commsLeadRole: 'Director of Infrastructure',
  state: 'resolved',
  resolvedAt: '2026-11-27T16:09:00.000Z',
  resolutionSummary: 'Replicas rebuilt by Jane.',
  blogPost: 'yes',
};

const sources: ReportSources = {
  incident,
  summaryLines: ['GitLab.com is read-only', '', 'Writes fail for everyone.'],
  impactLines: [renderImpact({ segment: 'GitLab.com', status: 'major outage', affected: 'All users', note: 'Jane’s pushes fail' })],
  liveLines: [renderLive({ live: false, reason: 'privacy', decidedByRole: 'Marketing lead', at: '2026-11-27T14:10:00Z' })],
  timeline: [
    { at: '2026-11-27T14:02:00.000Z', kind: 'action', text: 'Declared.' },
    { at: '2026-11-27T13:55:00.000Z', kind: 'data', text: 'Lag alert fires.' },
    { at: '2026-11-27T13:58:00.000Z', kind: 'finding', text: 'Jane sees errors.' },
  ],
  segments: ['GitLab.com', 'GitHost'],
  docUrl: 'https://docs.google.com/document/d/1Doc/edit',
  publicUrl: 'https://docs.google.com/document/d/e/2PACX/pub',
};

describe('draftOutageReport', () => {
  const r = draftOutageReport(sources);

  it('takes detection from the earliest entry written before the declaration', () => {
    expect(r.detectedAt).toBe('2026-11-27T13:55:00.000Z');
    expect(draftOutageReport({ ...sources, timeline: sources.timeline.slice(0, 1) }).detectedAt).toBeUndefined();
  });

  it('puts the doc’s summary first, then the resolution', () => {
    expect(r.summary).toBe('GitLab.com is read-only\nWrites fail for everyone.\nResolution: Replicas rebuilt by Jane.');
  });

  it('reads impact for every configured segment and the live decision from the doc', () => {
    expect(r.impact).toEqual([
      { segment: 'GitLab.com', status: 'major outage', affected: 'All users', note: 'Jane’s pushes fail' },
      { segment: 'GitHost', status: 'unknown', affected: '', note: '' },
    ]);
    expect(r.live).toEqual({ live: false, reason: 'privacy', decidedByRole: 'Marketing lead' });
  });

  it('carries the resolution, the blog-post decision and the links', () => {
    expect(r).toMatchObject({
      resolvedAt: incident.resolvedAt,
      blogPost: 'yes',
      docUrl: sources.docUrl,
      publicUrl: sources.publicUrl,
      commsLeadRole: 'Director of Infrastructure',
    });
  });

  it('names the role that led communications, never the person picked from Slack', () => {
    const withLead = draftOutageReport({
      ...sources,
      incident: { ...incident, commsLeadRole: 'Marketing', commsLead: { slackUserId: 'U05EMMA', name: 'Emma Lindqvist', role: 'Marketing' } },
    });
    expect(withLead.commsLeadRole).toBe('Marketing');
    expect(JSON.stringify(withLead)).not.toMatch(/Emma|Lindqvist|U05EMMA/);
  });
});

// Fields that hold times, ids, links, or values from a fixed list: nothing a person typed.
const NOT_TEXT = new Set(['incidentId', 'declaredAt', 'detectedAt', 'resolvedAt', 'at', 'kind', 'status', 'reason', 'live', 'docUrl', 'publicUrl', 'blogPost']);

function strings(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe('reportTexts and withReportTexts', () => {
  const r = draftOutageReport(sources);

  it('put the texts back where they came from', () => {
    expect(withReportTexts(r, reportTexts(r))).toEqual(r);
  });

  it('leave no free text of the report unreplaced', () => {
    const replaced = withReportTexts(
      r,
      reportTexts(r).map((_, i) => `REDACTED-${i}`),
    );
    const left = strings(replaced).filter((s) => !NOT_TEXT.has(s.key) && !s.value.startsWith('REDACTED-'));
    expect(left).toEqual([]);
    expect(JSON.stringify(replaced)).not.toContain('Jane');
  });

  it('keep absent optional roles absent', () => {
    const bare: OutageReport = { ...r, live: { live: true } };
    delete bare.commsLeadRole;
    const replaced = withReportTexts(
      bare,
      reportTexts(bare).map((t) => t.toUpperCase()),
    );
    expect(replaced.commsLeadRole).toBeUndefined();
    expect(replaced.live).toEqual({ live: true });
  });

  it('refuse a list of the wrong length', () => {
    expect(() => withReportTexts(r, reportTexts(r).slice(1))).toThrow(RangeError);
  });
});
