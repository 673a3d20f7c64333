// Resolving a major incident: when it ended, in one line what happened, and what marketing
// decided about a blog post. Checked here so the popup and the sidebar refuse the same things.
import type { BlogPostDecision } from '../../core/incident';

export const BLOG_POST_DECISIONS = ['yes', 'no', 'later'] as const satisfies readonly BlogPostDecision[];
export const MAX_SUMMARY = 300;
// Clocks of responders' machines drift; a few minutes ahead is a clock, not a resolution.
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface ResolutionInput {
  resolvedAt: string;
  summary: string;
  blogPost: BlogPostDecision;
}

export type ResolutionProblem = { field: keyof ResolutionInput; message: string };

export type CheckedResolution = { ok: true; resolution: ResolutionInput } | { ok: false; problems: ResolutionProblem[] };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const minute = (ms: number) => Math.floor(ms / 60_000);

/** On success the time is normalised to UTC and the summary to one line. */
export function checkResolution(input: ResolutionInput, declaredAt: string, now: number): CheckedResolution {
  const problems: ResolutionProblem[] = [];
  const time = typeof input.resolvedAt === 'string' ? input.resolvedAt.trim() : '';
  const at = ISO_TIME.test(time) ? Date.parse(time) : Number.NaN;
  if (Number.isNaN(at)) {
    problems.push({ field: 'resolvedAt', message: 'Give the resolution time as a date and time with its zone, e.g. 2026-11-27T16:09Z.' });
  } else if (minute(at) < minute(Date.parse(declaredAt))) {
    // Compared by the minute: the form and the timeline show minutes, and the declaration's
    // own minute must be accepted however many seconds into it the declaration came.
    problems.push({ field: 'resolvedAt', message: 'The resolution time is before the incident was declared.' });
  } else if (at > now + FUTURE_TOLERANCE_MS) {
    problems.push({ field: 'resolvedAt', message: 'The resolution time is in the future.' });
  }
  const summary = typeof input.summary === 'string' ? input.summary.replace(/\s+/g, ' ').trim() : '';
  if (!summary) problems.push({ field: 'summary', message: 'Say in one line how the incident ended.' });
  else if ([...summary].length > MAX_SUMMARY)
    problems.push({ field: 'summary', message: `Keep the summary to ${MAX_SUMMARY} characters; details go in the post-mortem.` });
  if (!(BLOG_POST_DECISIONS as readonly string[]).includes(input.blogPost)) {
    problems.push({ field: 'blogPost', message: 'Record the blog-post decision with marketing: yes, no or later.' });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, resolution: { resolvedAt: new Date(at).toISOString(), summary, blogPost: input.blogPost } };
}

export type ResolveStep = 'finalEntry' | 'finalScan' | 'announceResolution' | 'replyTweet' | 'export';

/**
 * The handbook's closing steps, each with the steps it waits for. The final entry needs the doc
 * (declaring may still be under way when someone resolves); everything that goes out waits for
 * the last scan, so only redacted text leaves.
 */
export const RESOLVE_PLAN: { name: ResolveStep; after: string[]; label: string }[] = [
  { name: 'finalEntry', after: ['doc'], label: 'Final timeline entry' },
  { name: 'finalScan', after: ['finalEntry'], label: 'Last redaction scan and republish' },
  { name: 'announceResolution', after: ['finalScan'], label: 'Resolution announced in the marketing channel' },
  { name: 'replyTweet', after: ['finalScan'], label: 'Reply to the first tweet' },
  { name: 'export', after: ['finalScan'], label: 'Outage issue in the infrastructure tracker' },
];

/** The final timeline entry, as the entry step carries it. */
export function finalEntry(resolution: ResolutionInput): { at: string; kind: 'action'; text: string } {
  return { at: resolution.resolvedAt, kind: 'action', text: `Resolved: ${resolution.summary}` };
}

/**
 * Only the closing steps that answer something the declaration did: a reply needs a tweet we
 * posted, a resolution notice needs a declaration announced in the marketing channel. A
 * declaration made without X, or a colleague's joined incident, gets no "skipped" step for what
 * never happened. `results` are the incident's done steps' results by step name.
 */
export function applicableSteps(results: Record<string, Record<string, string>>): typeof RESOLVE_PLAN {
  return RESOLVE_PLAN.filter((p) => {
    if (p.name === 'replyTweet') return Boolean(results['tweet']?.['tweetId']);
    if (p.name === 'announceResolution') return Boolean(results['marketing']) && !results['marketing']?.['skipped'];
    return true;
  });
}
