// What the outside world is told when the incident is resolved: the marketing channel, and a
// reply to the declaration tweet. Inputs are already redacted.
import type { BlogPostDecision } from '../../core/incident';
import { escapeSlack, slackLink } from '../slack/slack-message';
import { formatUtc } from '../timeline/timeline';
import type { TweetDraft } from '../declare/tweet';

const BLOG_POST = { yes: 'yes, marketing will write one', no: 'no', later: 'to be decided with marketing' } as const;

export interface Resolution {
  title: string;
  summary: string;
  resolvedAt: string;
  blogPost: BlogPostDecision;
  publicUrl?: string;
}

export function resolutionAnnouncement(r: Resolution): string {
  return [
    `<!channel> *Major incident resolved:* ${escapeSlack(r.title)}`,
    `Resolved at ${formatUtc(r.resolvedAt)}: ${escapeSlack(r.summary)}`,
    ...(r.publicUrl ? [`• Public copy: ${slackLink(r.publicUrl, 'published doc')}`] : []),
    `• Blog post: ${BLOG_POST[r.blogPost]}`,
    'The outage issue with the timeline follows in the infrastructure tracker.',
  ].join('\n');
}

/** The reply to the declaration tweet; its summary is what fitting it into one tweet shortens. */
export function resolutionTweet(r: Pick<Resolution, 'summary' | 'publicUrl'>): TweetDraft {
  return { before: 'Resolved: ', part: r.summary, after: `.${r.publicUrl ? ` The full timeline stays public: ${r.publicUrl}` : ''}` };
}
