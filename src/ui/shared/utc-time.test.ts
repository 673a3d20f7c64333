import { describe, expect, it } from 'vitest';
import { fromUtcInput, toUtcInput } from './utc-time';

describe('UTC time input', () => {
  it('round-trips and accepts the forms people type', () => {
    expect(toUtcInput(new Date('2026-11-27T14:02:31Z'))).toBe('2026-11-27 14:02');
    expect(fromUtcInput('2026-11-27 14:02')).toBe('2026-11-27T14:02:00.000Z');
    expect(fromUtcInput('2026-11-27T9:05 UTC')).toBe('2026-11-27T09:05:00.000Z');
  });

  it('refuses what is not a time', () => {
    for (const bad of ['', '14:02', '2026-13-40 25:99', 'yesterday']) expect(fromUtcInput(bad)).toBeUndefined();
  });
});
