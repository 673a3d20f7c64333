import { TWEET_TARGET, type FitTweetsReply, type FitTweetsRequest } from '../protocol/offscreen-tweet';

let counter: Promise<typeof import('../features/declare/x-count')> | undefined;

// twitter-text is loaded on the first tweet, so a redaction scan alone never pays for it.
chrome.runtime.onMessage.addListener((message: FitTweetsRequest, sender, reply: (r: FitTweetsReply) => void) => {
  if (message?.target !== TWEET_TARGET || sender.id !== chrome.runtime.id) return false;
  (counter ??= import('../features/declare/x-count'))
    .then(({ fitAsX }) => reply({ ok: true, tweets: message.drafts.map(fitAsX) }))
    .catch((err: unknown) => {
      counter = undefined;
      reply({ ok: false, error: err instanceof Error ? err.message : String(err) });
    });
  return true;
});
