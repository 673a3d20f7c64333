// X's own counter: twitter-text, the library X publishes as the reference for what POST /2/tweets
// accepts (docs.x.com, "Counting characters"; apis.md D). It carries the top-level-domain list that
// makes "GitLab.com" a 23-character link, ~21 KB gzip as built (vite.config.ts leaves out its
// polyfills): the offscreen document (Chrome) and the event page (Firefox) load it on the first
// tweet; the service worker never does.
import twitterText from 'twitter-text';
import { fitTweet, wholeTweet, type TweetCounter, type TweetDraft } from './tweet';

export const xWeightedLength: TweetCounter = (text) => twitterText.parseTweet(text).weightedLength;

export interface FittedTweet {
  text: string;
  /** as X counts it */
  weightedLength: number;
  /** the part had to be cut */
  shortened: boolean;
}

export function fitAsX(draft: TweetDraft): FittedTweet {
  const text = fitTweet(draft, xWeightedLength);
  return { text, weightedLength: xWeightedLength(text), shortened: text !== wholeTweet(draft) };
}
