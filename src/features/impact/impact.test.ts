import { describe, expect, it } from 'vitest';
import { parseImpact, renderImpact, SEGMENT_STATUSES } from './impact';

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
