import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('outage duration', () => {
  it('reads as people say it', () => {
    expect(formatDuration('2026-11-27T13:55:00Z', '2026-11-27T16:09:30Z')).toBe('2 h 14 min');
    expect(formatDuration('2026-11-27T13:55:00Z', '2026-11-27T14:40:00Z')).toBe('45 min');
    expect(formatDuration('2026-11-27T13:00:00Z', '2026-11-27T15:00:00Z')).toBe('2 h');
    expect(formatDuration('2026-11-27T13:00:00Z', '2026-11-28T16:05:00Z')).toBe('1 d 3 h 5 min');
    expect(formatDuration('2026-11-27T13:00:00Z', '2026-11-27T13:00:59Z')).toBe('under 1 min');
  });

  it('refuses a backwards or unreadable interval rather than printing nonsense', () => {
    expect(() => formatDuration('2026-11-27T14:00:00Z', '2026-11-27T13:00:00Z')).toThrow(RangeError);
    expect(() => formatDuration('yesterday', '2026-11-27T13:00:00Z')).toThrow(/yesterday/);
  });
});
