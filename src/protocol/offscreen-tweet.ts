import type { FittedTweet } from '../features/declare/x-count';
import type { TweetDraft } from '../features/declare/tweet';

// The worker has tweets fitted by X's own counter where twitter-text runs: the offscreen
// document on Chrome (core/x-count.ts says why not in the worker).
export const TWEET_TARGET = 'incident-desk-tweet';

export interface FitTweetsRequest {
  target: typeof TWEET_TARGET;
  drafts: TweetDraft[];
}

export type FitTweetsReply = { ok: true; tweets: FittedTweet[] } | { ok: false; error: string };
