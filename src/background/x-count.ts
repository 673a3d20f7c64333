// Tweets fitted into 280 as X counts them (core/x-count.ts), where twitter-text runs: the
// offscreen document on Chrome (too big for a worker that wakes for every event), the event page
// itself on Firefox, which has no offscreen documents, imported there on first use.
// A counter that fails or does not answer fails the step with the reason (and a Retry button): a
// tweet is never sent on a guess at its length.
import type { TweetDraft } from '../features/declare/tweet';
import type { FittedTweet } from '../features/declare/x-count';
import { TWEET_TARGET, type FitTweetsReply, type FitTweetsRequest } from '../protocol/offscreen-tweet';
import { AppError } from '../core/errors';
import { ensureOffscreen } from './redaction';

const TIMEOUT_MS = 20_000;

let counter: Promise<typeof import('../features/declare/x-count')> | undefined;

function withTimeout<T>(work: Promise<T>): Promise<T | undefined> {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([work, new Promise<undefined>((resolve) => (timeout = setTimeout(() => resolve(undefined), TIMEOUT_MS)))]).finally(() =>
    clearTimeout(timeout),
  );
}

async function fitHere(drafts: TweetDraft[]): Promise<FitTweetsReply | undefined> {
  try {
    const loaded = await withTimeout(
      (counter ??= import('../features/declare/x-count').catch((err: unknown) => {
        counter = undefined;
        throw err;
      })),
    );
    return loaded && { ok: true, tweets: drafts.map(loaded.fitAsX) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

async function fitOffscreen(drafts: TweetDraft[]): Promise<FitTweetsReply | undefined> {
  await ensureOffscreen();
  const request: FitTweetsRequest = { target: TWEET_TARGET, drafts };
  // A document still starting has no listener yet ("Receiving end does not exist"): no answer, tried again.
  return withTimeout((chrome.runtime.sendMessage(request) as Promise<FitTweetsReply | undefined>).catch(() => undefined));
}

async function fitAll(drafts: TweetDraft[]): Promise<FittedTweet[]> {
  const reply = import.meta.env.MODE === 'firefox' ? await fitHere(drafts) : await fitOffscreen(drafts);
  if (!reply) throw new AppError('unavailable', "X's character counter did not answer in time; the tweet was not sent yet, trying again.");
  if (!reply.ok) throw new AppError('internal', `X's character counter could not run (${reply.error}); the tweet was not sent.`);
  return reply.tweets;
}

export async function fitForX(draft: TweetDraft): Promise<FittedTweet> {
  return (await fitAll([draft]))[0]!;
}
