import { describe, expect, it } from 'vitest';
import { byKind, score } from './eval-redaction';

describe('eval-redaction', () => {
  const lines = [
    { id: 'a', kind: 'narr', text: 'Katharine Berry restarted the replica.', people: [{ start: 0, end: 15 }] },
    { id: 'b', kind: 'neg', text: 'The replica restarted twice.', people: [] },
    { id: 'c', kind: 'narr', text: 'We thank Zorblat for the rollback.', people: [{ start: 9, end: 16 }] },
  ];

  it('scores a miss as a leak and a found name as recalled', () => {
    const s = score(lines.slice(0, 1));
    expect(s.recall).toBe(1);
    expect(s.leak).toBe(0);
    // A gold span the detector cannot cover must count against it.
    const missed = score([{ id: 'x', text: 'the replica restarted', people: [{ start: 4, end: 11 }] }]);
    expect(missed.recall).toBe(0);
    expect(missed.leak).toBe(1);
    expect(missed.unheld).toBe(1);
  });

  it('splits the lines by kind, in order of first appearance', () => {
    expect(byKind(lines).map(([k, l]) => [k, l.map((x) => x.id)])).toEqual([
      ['narr', ['a', 'c']],
      ['neg', ['b']],
    ]);
    expect(byKind([{ id: 'z', text: 'no kind' }])).toEqual([]);
  });
});
