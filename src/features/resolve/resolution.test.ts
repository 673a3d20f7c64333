import { describe, expect, it } from 'vitest';
import { applicableSteps, checkResolution, finalEntry, MAX_SUMMARY, RESOLVE_PLAN, type ResolutionInput } from './resolution';

const declaredAt = '2026-11-27T14:02:37.000Z';
const now = Date.parse('2026-11-27T16:10:00Z');
const good: ResolutionInput = { resolvedAt: '2026-11-27T16:09:00Z', summary: 'Replicas rebuilt; writes succeed again.', blogPost: 'yes' };

// Untyped input, as a message from a page could carry.
const problemsOf = (input: Record<string, unknown>) => {
  const checked = checkResolution({ ...good, ...input } as ResolutionInput, declaredAt, now);
  return checked.ok ? [] : checked.problems.map((p) => p.field);
};

describe('checkResolution', () => {
  it('accepts a resolution and normalises it to UTC and one line', () => {
    expect(
      checkResolution({ ...good, resolvedAt: '2026-11-27T17:09:00+01:00', summary: '  Replicas rebuilt;\n writes   succeed again. ' }, declaredAt, now),
    ).toEqual({
      ok: true,
      resolution: { resolvedAt: '2026-11-27T16:09:00.000Z', summary: 'Replicas rebuilt; writes succeed again.', blogPost: 'yes' },
    });
  });

  it('refuses a time that is not ISO 8601 with a zone', () => {
    for (const resolvedAt of ['', 'yesterday', '2026-11-27 16:09', '2026-11-27T16:09', '2026-13-40T16:09Z', '1700000000000']) {
      expect(problemsOf({ resolvedAt })).toEqual(['resolvedAt']);
    }
  });

  it('refuses a time before the declaration, but accepts the declaration’s own minute', () => {
    expect(problemsOf({ resolvedAt: '2026-11-27T14:01:59Z' })).toEqual(['resolvedAt']);
    expect(problemsOf({ resolvedAt: '2026-11-27T14:02:00Z' })).toEqual([]);
  });

  it('allows a clock a few minutes ahead, not more', () => {
    expect(problemsOf({ resolvedAt: '2026-11-27T16:15:00Z' })).toEqual([]);
    expect(problemsOf({ resolvedAt: '2026-11-27T16:15:01Z' })).toEqual(['resolvedAt']);
  });

  it('needs a summary of at most 300 characters', () => {
    expect(problemsOf({ summary: ' \n\t ' })).toEqual(['summary']);
    expect(problemsOf({ summary: 'x'.repeat(MAX_SUMMARY) })).toEqual([]);
    expect(problemsOf({ summary: 'x'.repeat(MAX_SUMMARY + 1) })).toEqual(['summary']);
    // Counted in characters, not UTF-16 units: 300 emoji fit.
    expect(problemsOf({ summary: '🔥'.repeat(MAX_SUMMARY) })).toEqual([]);
  });

  it('needs a blog-post decision', () => {
    expect(problemsOf({ blogPost: 'maybe' })).toEqual(['blogPost']);
    expect(problemsOf({ blogPost: 'later' })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ resolvedAt: 'soon', summary: '', blogPost: undefined })).toEqual(['resolvedAt', 'summary', 'blogPost']);
    expect(problemsOf({ resolvedAt: 1_700_000_000_000, summary: null })).toEqual(['resolvedAt', 'summary']);
  });
});

describe('the resolve plan', () => {
  const after = Object.fromEntries(RESOLVE_PLAN.map((p) => [p.name, p.after]));

  it('writes the final entry once the doc exists, then scans, then sends', () => {
    expect(RESOLVE_PLAN.map((p) => p.name)).toEqual(['finalEntry', 'finalScan', 'announceResolution', 'replyTweet', 'export']);
    expect(after).toEqual({
      finalEntry: ['doc'],
      finalScan: ['finalEntry'],
      announceResolution: ['finalScan'],
      replyTweet: ['finalScan'],
      export: ['finalScan'],
    });
  });

  it('makes the final entry an action at the resolution time', () => {
    expect(finalEntry(good)).toEqual({ at: good.resolvedAt, kind: 'action', text: `Resolved: ${good.summary}` });
  });
});

describe('closing steps that apply', () => {
  const names = (results: Record<string, Record<string, string>>) => applicableSteps(results).map((p) => p.name);
  it('replies to the tweet and announces only what the declaration tweeted and announced', () => {
    expect(names({ tweet: { tweetId: '1' }, marketing: { ts: '1.2' } })).toEqual(['finalEntry', 'finalScan', 'announceResolution', 'replyTweet', 'export']);
    // tweeted by hand through the intent page, marketing channel not configured
    expect(names({ tweet: { byUser: 'true' }, marketing: { skipped: 'no marketing channel in settings' } })).toEqual(['finalEntry', 'finalScan', 'export']);
    // a colleague's joined incident: nothing was declared from this browser
    expect(names({ doc: { documentId: 'd' } })).toEqual(['finalEntry', 'finalScan', 'export']);
  });
});
