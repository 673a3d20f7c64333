import { AppError } from '../core/errors';
import { apiFetch } from './http';
import { ensureHostAccess } from './host-access';

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
  const response = await apiFetch(
    'slack',
    url,
    httpMethod === 'GET'
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(args),
        },
  );
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

/** A channel's id: settings may name it "#marketing", and the history API takes ids only. */
async function channelId(channel: string): Promise<string> {
  if (!channel.startsWith('#')) return channel;
  const name = channel.slice(1);
  let cursor = '';
  do {
    const reply = await call<SlackReply & { channels?: { id: string; name: string }[]; response_metadata?: { next_cursor?: string } }>(
      'conversations.list',
      { types: 'public_channel,private_channel', exclude_archived: 'true', limit: '500', ...(cursor ? { cursor } : {}) },
      'GET',
    );
    const found = reply.channels?.find((c) => c.name === name);
    if (found) return found.id;
    cursor = reply.response_metadata?.next_cursor ?? '';
  } while (cursor);
  throw new AppError('not_found', `Slack has no channel ${channel} that Incident Desk can see: check the channel in settings.`);
}

/** A message of ours in the channel's recent history that contains the marker, if any. */
export async function findRecentMessage(channel: string, marker: string): Promise<PostedMessage | undefined> {
  const id = await channelId(channel);
  const reply = await call<SlackReply & { messages?: { ts: string; text?: string }[] }>('conversations.history', { channel: id, limit: '100' }, 'GET');
  const found = reply.messages?.find((m) => m.text?.includes(marker));
  return found ? { channel: id, ts: found.ts } : undefined;
}

export async function openDirectMessage(user: string): Promise<string> {
  const reply = await call<SlackReply & { channel: { id: string } }>('conversations.open', { users: user });
  return reply.channel.id;
}

/**
 * Opens the DM and looks at its latest message for the marker: `return_im` asks for the full IM
 * definition, whose `latest` is "the latest message in the channel" (Slack's IM object; the
 * conversations.open response schema in specs/slack-web-openapi-v2.json). That is all a bot can
 * see of a DM without im:history, so a reply after our message hides it.
 */
export async function openDirectMessageWith(user: string, marker: string): Promise<{ channel: string; found?: PostedMessage }> {
  const reply = await call<SlackReply & { channel: { id: string; latest?: { ts?: string; text?: string } | null } }>('conversations.open', {
    users: user,
    return_im: true,
  });
  const latest = reply.channel.latest;
  const found = latest?.ts && latest.text?.includes(marker) ? { channel: reply.channel.id, ts: latest.ts } : undefined;
  return { channel: reply.channel.id, ...(found ? { found } : {}) };
}

export interface SlackMember {
  /** the member id (U… or W…) */
  id: string;
  name: string;
  handle: string;
  email: string;
  title: string;
}

/** The workspace's people, for the redaction roster; bots and deactivated accounts are left out. */
export async function listMembers(): Promise<SlackMember[]> {
  const members: SlackMember[] = [];
  let cursor = '';
  do {
    const reply = await call<
      SlackReply & {
        members?: {
          id: string;
          name: string;
          real_name?: string;
          deleted?: boolean;
          is_bot?: boolean;
          profile?: { email?: string; title?: string; real_name?: string };
        }[];
        response_metadata?: { next_cursor?: string };
      }
    >('users.list', { limit: '200', ...(cursor ? { cursor } : {}) }, 'GET');
    for (const m of reply.members ?? []) {
      if (m.deleted || m.is_bot || m.name === 'slackbot') continue;
      members.push({
        id: m.id,
        name: m.real_name ?? m.profile?.real_name ?? m.name,
        handle: `@${m.name}`,
        email: m.profile?.email ?? '',
        title: m.profile?.title ?? '',
      });
    }
    cursor = reply.response_metadata?.next_cursor ?? '';
  } while (cursor);
  return members;
}

/**
 * The incoming-webhook alternative to a Slack sign-in: the webhook posts to the one channel it was
 * made for. Slack answers errors with a status and a plain-text code.
 */
export async function postToWebhook(url: string, text: string): Promise<void> {
  await ensureHostAccess(url);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  } catch {
    throw new AppError('network', 'Could not reach Slack. Check the network.');
  }
  if (response.status === 429) throw new AppError('rate_limited', 'Slack asks us to slow down.', Number(response.headers.get('retry-after') ?? 30), 429);
  if (!response.ok) {
    const code = (await response.text().catch(() => '')).trim() || `HTTP ${response.status}`;
    throw new AppError(
      response.status >= 500 ? 'internal' : 'invalid',
      `The Slack webhook refused the message (${code}); check the webhook in Incident Desk's connections.`,
      undefined,
      response.status,
    );
  }
}

export interface Availability {
  presence: 'active' | 'away';
  dnd: boolean;
}

/** Whether a member is around: users.getPresence (users:read) and dnd.info (dnd:read). */
export async function availabilityOf(user: string): Promise<Availability> {
  const [presence, dnd] = await Promise.all([
    call<SlackReply & { presence?: string }>('users.getPresence', { user }, 'GET'),
    call<SlackReply & { dnd_enabled?: boolean; snooze_enabled?: boolean }>('dnd.info', { user }, 'GET'),
  ]);
  return { presence: presence.presence === 'active' ? 'active' : 'away', dnd: Boolean(dnd.dnd_enabled || dnd.snooze_enabled) };
}
