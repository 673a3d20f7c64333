import { describe, expect, it } from 'vitest';
import { parseLive, renderLive } from './live';

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
