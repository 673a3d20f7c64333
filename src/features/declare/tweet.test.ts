import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitTweet, incidentTweet, MAX_WEIGHTED, tweetIntentUrl, wholeTweet } from './tweet';
import { fitAsX, xWeightedLength } from './x-count';

const publicUrl = 'https://docs.google.com/document/d/e/2PACX-1vabcdef/pub';
const draft = (title: string) => incidentTweet({ organisation: 'GitLab', title, publicUrl });

describe('X’s count (twitter-text)', () => {
  it('weighs a bare domain and a URL 23, CJK and emoji 2, a ZWJ family as one emoji', () => {
    expect(xWeightedLength('GitLab.com is down')).toBe(23 + ' is down'.length);
    expect(xWeightedLength('see https://docs.google.com/document/d/e/2PACX-very-long-key/pub now')).toBe(4 + 23 + 4);
    expect(xWeightedLength('障害')).toBe(4);
    expect(xWeightedLength('🔥')).toBe(2);
    expect(xWeightedLength('👩‍👩‍👧')).toBe(2);
    expect(xWeightedLength('e\u0301')).toBe(1);
  });
});

describe('the declaration tweet', () => {
  it('carries the title and the public link', () => {
    expect(fitAsX(draft('Database replica lag'))).toEqual({
      text: `We are investigating a major incident affecting GitLab: Database replica lag. Live notes as we work on it: ${publicUrl}`,
      weightedLength: 107 + 23,
      shortened: false,
    });
  });

  it('promises updates instead of a link when there is no public copy', () => {
    expect(fitAsX(incidentTweet({ organisation: 'GitLab', title: 'Down.' })).text).toBe(
      'We are investigating a major incident affecting GitLab: Down. We will post updates here as we work on it.',
    );
  });

  it('shortens a title of bare domains, which X weighs 23 each, until X’s count fits', () => {
    const title = Array.from({ length: 24 }, (_, i) => `db${i}.gitlab.com`).join(' '); // 311 characters, 24 links
    expect(wholeTweet(draft(title)).length).toBeGreaterThan(MAX_WEIGHTED);
    const tweet = fitAsX(draft(title));
    expect(tweet.shortened).toBe(true);
    expect(tweet.weightedLength).toBe(xWeightedLength(tweet.text));
    expect(tweet.weightedLength).toBeLessThanOrEqual(MAX_WEIGHTED);
    expect(tweet.text).toMatch(
      /^We are investigating a major incident affecting GitLab: db0\.gitlab\.com db1\.gitlab\.com .*…\. Live notes as we work on it: https:\/\/docs\.google\.com\/\S+$/,
    );
    expect(tweet.text.endsWith(publicUrl)).toBe(true);
  });

  it('counts a short title of domains as X does: 120 characters that weigh far more than 120', () => {
    const title = 'a.io b.io c.io d.io e.io f.io g.io h.io i.io j.io k.io l.io m.io n.io o.io p.io q.io r.io s.io t.io u.io v.io w.io x.io'.slice(0, 120);
    const tweet = fitAsX(draft(title));
    // Counted as characters the whole tweet is 225 and would go out as it is; X counts 24 links.
    expect(wholeTweet(draft(title)).length - publicUrl.length + 23).toBeLessThan(MAX_WEIGHTED);
    expect(xWeightedLength(wholeTweet(draft(title)))).toBeGreaterThan(MAX_WEIGHTED);
    expect(tweet.shortened).toBe(true);
    expect(tweet.weightedLength).toBeLessThanOrEqual(MAX_WEIGHTED);
  });

  it('shortens CJK and emoji titles at a grapheme, each weighing 2', () => {
    const cjk = fitAsX(draft('障'.repeat(200)));
    expect(cjk.text).toContain('障…. Live notes');
    // 2 for each 障 and 2 for the ellipsis: one more 障 would be over.
    expect(cjk.weightedLength).toBeGreaterThan(MAX_WEIGHTED - 2);
    expect(cjk.weightedLength).toBeLessThanOrEqual(MAX_WEIGHTED);
    const family = fitAsX(draft('👩‍👩‍👧'.repeat(150)));
    expect(family.text).toMatch(/(👩‍👩‍👧)+…\. Live/u);
    expect(family.weightedLength).toBeLessThanOrEqual(MAX_WEIGHTED);
  });

  it('cuts an ASCII title as late as it can', () => {
    const tweet = fitAsX(draft('x'.repeat(400)));
    expect(tweet.weightedLength).toBeGreaterThanOrEqual(MAX_WEIGHTED - 1);
  });

  it('always fits X’s count and keeps our wording and the link whole, whatever the title', () => {
    const token = fc.oneof(
      fc.constantFrom(
        'GitLab.com',
        'db.example.io',
        'https://status.gitlab.com/x',
        'www.x.co',
        'a.co',
        '障害',
        '🔥',
        '👩‍👩‍👧',
        'é',
        '#outage',
        '@gitlab',
        '.',
        ' ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((parts) => parts.join('')),
        (title) => {
          const tweet = fitAsX(draft(title));
          expect(xWeightedLength(tweet.text)).toBeLessThanOrEqual(MAX_WEIGHTED);
          expect(tweet.text.startsWith('We are investigating a major incident affecting GitLab: ')).toBe(true);
          expect(tweet.text.endsWith(`. Live notes as we work on it: ${publicUrl}`)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('builds the web-intent URL for users without an X connection', () => {
    expect(new URL(tweetIntentUrl('a & b #1')).searchParams.get('text')).toBe('a & b #1');
  });
});

describe('fitTweet', () => {
  it('asks the counter it is given, and never cuts the text around the part', () => {
    const seen: string[] = [];
    const count = (text: string) => (seen.push(text), text.length * 2);
    const text = fitTweet({ before: '[', part: 'abcdefghij'.repeat(20), after: ']' }, count);
    expect(text).toBe(`[${'abcdefghij'.repeat(20).slice(0, 137)}…]`);
    expect(seen.length).toBeLessThan(12);
  });
});
