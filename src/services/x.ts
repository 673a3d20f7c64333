import { AppError } from '../core/errors';
import { apiFetch } from './http';

const X_API = 'https://api.x.com/2';

export interface Tweet {
  id: string;
  text: string;
}

/**
 * Post a tweet. X refuses an identical tweet with 403 "duplicate content": after an interrupted
 * attempt that is how we learn the first one went out, and we look it up instead of failing.
 */
export async function postTweet(text: string, replyTo?: string): Promise<Tweet> {
  try {
    const response = await apiFetch('x', `${X_API}/tweets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ...(replyTo ? { reply: { in_reply_to_tweet_id: replyTo } } : {}) }),
    });
    return ((await response.json()) as { data: Tweet }).data;
  } catch (err) {
    if (err instanceof AppError && /duplicate content/i.test(err.message)) {
      const existing = await findOwnTweet(text);
      if (existing) return existing;
    }
    throw err;
  }
}

export async function findOwnTweet(text: string): Promise<Tweet | undefined> {
  const me = ((await (await apiFetch('x', `${X_API}/users/me`)).json()) as { data: { id: string } }).data;
  const response = await apiFetch('x', `${X_API}/users/${encodeURIComponent(me.id)}/tweets?max_results=100`);
  const { data = [] } = (await response.json()) as { data?: Tweet[] };
  const wanted = text.normalize('NFC');
  return data.find((t) => t.text.normalize('NFC') === wanted);
}
