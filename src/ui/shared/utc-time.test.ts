import { describe, expect, it } from 'vitest';
import { fromUtcInput, localTitle, toUtcInput, utcDateTime, utcTime } from './utc-time';

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

describe('times shown', () => {
  const at = '2026-11-27T21:02:31Z';

  it('shows the UTC clock, 24-hour like the doc, whatever the language', () => {
    expect(utcTime(at, { locale: 'en-US' })).toBe('21:02 UTC');
    expect(utcTime(at, { locale: 'en-US', seconds: true })).toBe('21:02:31 UTC');
    expect(utcTime(at, { locale: 'en-US', zone: false })).toBe('21:02');
  });

  it('writes the date as the language does', () => {
    expect(utcDateTime(at, 'en-US')).toBe('Nov 27, 2026, 21:02 UTC');
    expect(utcDateTime(at, 'de-DE')).toBe('27. Nov. 2026, 21:02 UTC');
    // 23:30 UTC on the 27th is the 27th in UTC even where it is already the 28th locally.
    expect(utcDateTime('2026-11-27T23:30:00Z', 'en-GB')).toBe('27 Nov 2026, 23:30 UTC');
  });

  it("offers the local time on hover, in the messages file's words", () => {
    expect(localTitle(at, 'en-US')).toMatch(/^Your local time: Nov 2[78], 2026/);
  });
});
