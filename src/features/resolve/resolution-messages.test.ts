import { describe, expect, it } from 'vitest';
import { resolutionAnnouncement, resolutionTweet } from './resolution-messages';
import { MAX_WEIGHTED } from '../declare/tweet';
import { fitAsX, xWeightedLength } from '../declare/x-count';

const publicUrl = 'https://docs.google.com/document/d/e/2PACX-1vExample/pub';

describe('resolutionAnnouncement', () => {
  it('says what was resolved, when, and where the record is', () => {
    const text = resolutionAnnouncement({
      title: 'DB read-only',
      summary: 'Replicas rebuilt',
      resolvedAt: '2026-11-27T16:09:30Z',
      blogPost: 'later',
      publicUrl,
    });
    expect(text).toContain('*Major incident resolved:* DB read-only');
    expect(text).toContain('Resolved at 2026-11-27 16:09 UTC: Replicas rebuilt');
    expect(text).toContain(`<${publicUrl}|published doc>`);
    expect(text).toContain('Blog post: to be decided with marketing');
  });

  it('cannot mention everyone or fake a link through the title or summary', () => {
    const text = resolutionAnnouncement({
      title: '<!everyone> & co',
      summary: '<https://evil.example|docs>',
      resolvedAt: '2026-11-27T16:09:30Z',
      blogPost: 'no',
    });
    expect(text).not.toContain('<!everyone>');
    expect(text).toContain('&lt;!everyone&gt; &amp; co');
    expect(text).toContain('&lt;https://evil.example|docs&gt;');
    expect(text).not.toContain('Public copy');
  });
});

describe('resolutionTweet', () => {
  it('keeps a short summary whole', () => {
    expect(fitAsX(resolutionTweet({ summary: 'Writes succeed again.', publicUrl })).text).toBe(
      `Resolved: Writes succeed again. The full timeline stays public: ${publicUrl}`,
    );
  });

  it('shortens a long summary to fit one tweet, keeping the link', () => {
    const { text } = fitAsX(resolutionTweet({ summary: '数据库 '.repeat(100), publicUrl }));
    expect(xWeightedLength(text)).toBeLessThanOrEqual(MAX_WEIGHTED);
    expect(xWeightedLength(text)).toBeGreaterThan(MAX_WEIGHTED - 3);
    expect(text).toContain('…');
    expect(text.endsWith(publicUrl)).toBe(true);
  });

  it('weighs the bare domains of a 2,000-character summary as X does, and still fits it quickly', () => {
    const summary = 'Replicas of db1.gitlab.com and registry.gitlab.com rebuilt; GitLab.com serves again. '.repeat(24);
    const started = performance.now();
    const { text } = fitAsX(resolutionTweet({ summary, publicUrl }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(xWeightedLength(text)).toBeLessThanOrEqual(MAX_WEIGHTED);
    expect(text.length).toBeLessThan(MAX_WEIGHTED);
    expect(text.endsWith(`…. The full timeline stays public: ${publicUrl}`)).toBe(true);
  });
});
