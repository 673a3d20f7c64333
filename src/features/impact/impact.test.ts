import { describe, expect, it } from 'vitest';
import { parseImpact, parseLive, renderImpact, renderLive, SEGMENT_STATUSES } from './impact';

describe('customer impact in the doc', () => {
  it('round-trips every status through the doc text', () => {
    for (const status of SEGMENT_STATUSES) {
      const impact = { segment: 'GitHost', status, affected: 'customers on the EU cluster', note: 'pushes slow\nsince 09:00' };
      const line = renderImpact(impact);
      expect(parseImpact([line], ['GitHost'])).toEqual([{ ...impact, note: 'pushes slow since 09:00' }]);
    }
  });

  it('reads the default lines the declare step writes, and fills missing segments as unknown', () => {
    expect(parseImpact(['GitLab.com: unknown. Affected customers: not known yet.', 'typed by hand'], ['GitLab.com', 'on-premises'])).toEqual([
      { segment: 'GitLab.com', status: 'unknown', affected: '', note: '' },
      { segment: 'on-premises', status: 'unknown', affected: '', note: '' },
    ]);
  });
});

describe('war room live decision', () => {
  it('is live by default', () => {
    expect(parseLive([renderLive({ live: true })])).toEqual({ live: true });
  });

  it('records not-live with the handbook reason and who decided', () => {
    for (const reason of ['interferes', 'security', 'privacy'] as const) {
      const text = renderLive({ live: false, reason, decidedByRole: 'Marketing lead', at: '2026-11-27T14:05:00Z' });
      expect(text).toMatch(/^Not live, because .* Decided by the Marketing lead at 2026-11-27 14:05 UTC, having asked the lead who declared\.$/);
      expect(parseLive([text])).toEqual({ live: false, reason, decidedByRole: 'Marketing lead' });
    }
  });
});
