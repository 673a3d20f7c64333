import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeIncidentTweet, MAX_WEIGHTED, tweetIntentUrl, weightedLength } from './tweet';

describe('weighted tweet length', () => {
  it('counts ASCII 1, CJK and emoji 2, a ZWJ family as one emoji, any URL 23', () => {
    expect(weightedLength('hello')).toBe(5);
    expect(weightedLength('障害')).toBe(4);
    expect(weightedLength('🔥')).toBe(2);
    expect(weightedLength('👩‍👩‍👧')).toBe(2);
    expect(weightedLength('see https://docs.google.com/document/d/e/2PACX-very-long-key/pub now')).toBe(4 + 23 + 4);
  });
});

describe('the declaration tweet', () => {
  const publicUrl = 'https://docs.google.com/document/d/e/2PACX-1vabcdef/pub';

  it('carries the title and the public link', () => {
    const tweet = composeIncidentTweet({ organisation: 'GitLab.com', title: 'Database replica lag', publicUrl });
    expect(tweet).toBe(`We are investigating a major incident affecting GitLab.com: Database replica lag. Live notes as we work on it: ${publicUrl}`);
  });

  it('always fits in 280 weighted characters and keeps the link whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (title) => {
        const tweet = composeIncidentTweet({ organisation: 'GitLab.com', title, publicUrl });
        expect(weightedLength(tweet)).toBeLessThanOrEqual(MAX_WEIGHTED);
        expect(tweet.endsWith(publicUrl)).toBe(true);
      }),
    );
  });

  it('shortens a long title with an ellipsis', () => {
    const tweet = composeIncidentTweet({ organisation: 'GitLab.com', title: '障'.repeat(200), publicUrl });
    expect(tweet).toContain('…');
    expect(weightedLength(tweet)).toBeLessThanOrEqual(280);
  });

  it('builds the web-intent URL for users without an X connection', () => {
    expect(new URL(tweetIntentUrl('a & b #1')).searchParams.get('text')).toBe('a & b #1');
  });
});
