import { describe, expect, it } from 'vitest';
import { blameHints } from './blameless';

describe('blameless wording', () => {
  it('notices wording that assigns blame and suggests a neutral phrasing', () => {
    const phrases = (t: string) => blameHints(t).map((h) => h.phrase);
    expect(phrases("It was Engineer 2's fault the cache flushed")).toEqual(["Engineer 2's fault"]);
    expect(phrases('Engineer 1 forgot to rotate the key')).toEqual(['forgot to rotate']);
    expect(phrases('we should have paged earlier')).toEqual(['should have paged']);
    expect(phrases('a careless change to the config')).toEqual(['careless']);
    expect(blameHints('Engineer 1 forgot to rotate the key')[0]!.suggestion).toContain('"rotate was not done"');
  });

  it('leaves neutral incident wording alone, and a dismissed phrase stays dismissed', () => {
    for (const t of ['Failover to db3 completed', 'The change caused replication lag', 'Rotated the key at 14:02', 'default config was used']) {
      expect(blameHints(t)).toEqual([]);
    }
    expect(blameHints('we should have paged earlier', ['Should have paged'])).toEqual([]);
  });
});
