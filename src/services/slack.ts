import { AppError } from '../background/errors';
import { apiFetch } from './http';

const SLACK_API = 'https://slack.com/api';

interface SlackReply {
  ok: boolean;
  error?: string;
  [key: string]: unknown;
}

// Slack answers most failures with HTTP 200 and ok:false; these codes mean the sign-in is bad.
const AUTH_ERRORS = new Set(['not_authed', 'invalid_auth', 'token_revoked', 'token_expired', 'account_inactive']);

async function call<T extends SlackReply>(method: string, args: Record<string, unknown>, httpMethod: 'GET' | 'POST' = 'POST'): Promise<T> {
  const url = httpMethod === 'GET' ? `${SLACK_API}/${method}?${new URLSearchParams(args as Record<string, string>)}` : `${SLACK_API}/${method}`;
  const response = await apiFetch('slack', url, httpMethod === 'GET' ? {} : {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(args),
  });
  const reply = (await response.json()) as T;
  if (reply.ok) return reply;
  const code = reply.error ?? 'unknown_error';
  if (AUTH_ERRORS.has(code)) throw new AppError('unauthorized', `Slack no longer accepts the saved sign-in (${code}): reconnect Slack.`);
  if (code === 'ratelimited' || code === 'rate_limited') throw new AppError('rate_limited', `Slack asks us to slow down (${code}).`, 30);
  if (code === 'channel_not_found' || code === 'not_in_channel') {
    throw new AppError('not_found', `Slack cannot post to ${String(args.channel)} (${code}): check the channel in settings and invite the Incident Desk app.`);
  }
  throw new AppError('internal', `Slack refused ${method}: ${code}.`);
}

export interface PostedMessage {
  channel: string;
  ts: string;
}

export async function postMessage(channel: string, text: string): Promise<PostedMessage> {
  const reply = await call<SlackReply & PostedMessage>('chat.postMessage', { channel, text, unfurl_links: false });
  return { channel: reply.channel, ts: reply.ts };
}

/** A message of ours in the channel's recent history that contains the marker, if any. */
export async function findRecentMessage(channel: string, marker: string): Promise<PostedMessage | undefined> {
  const reply = await call<SlackReply & { messages?: { ts: string; text?: string }[]; channel?: string }>('conversations.history', { channel, limit: '100' }, 'GET');
  const found = reply.messages?.find((m) => m.text?.includes(marker));
  return found ? { channel, ts: found.ts } : undefined;
}

export async function openDirectMessage(user: string): Promise<string> {
  const reply = await call<SlackReply & { channel: { id: string } }>('conversations.open', { users: user });
  return reply.channel.id;
}

export async function permalink(channel: string, ts: string): Promise<string> {
  const reply = await call<SlackReply & { permalink: string }>('chat.getPermalink', { channel, message_ts: ts }, 'GET');
  return reply.permalink;
}
