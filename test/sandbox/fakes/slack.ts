import { retryHeaders } from '../faults';
import { bearer, json, params, text, isRecord, type SandboxResponse } from '../http';
import type { Service } from '../service';
import { dotted, slackSpec } from '../spec/openapi';
import type { SlackMessage, State } from '../world';
import { BOT_USER_ID, CHANNELS, dmChannelId, findChannel, TEAM, USERS, WEBHOOKS, type User } from './slack-directory';

const MAX_TEXT = 40_000;

/** Slack Web API at slack.com/api/<method>: every failure is HTTP 200 with ok:false, except rate limits. */
export function slackApi(state: State): Service {
  return {
    hosts: ['slack.com'],
    fault(req, fault) {
      if (!req.path.startsWith('/api/')) return undefined;
      const headers = retryHeaders(fault);
      const body = fault.body ?? { ok: false, error: fault.status === 429 ? 'ratelimited' : 'fatal_error' };
      return json(fault.status, body, headers);
    },
    handle(req) {
      const m = /^\/api\/([\w.]+)$/.exec(req.path);
      if (!m?.[1]) return undefined;
      const method = m[1];
      const args = params(req);
      if (method === 'api.test') return json(200, { ok: true, args: Object.fromEntries(args) });
      const token = bearer(req) ?? args.get('token') ?? undefined;
      const check = state.tokens.check('slack', token);
      if (check !== 'ok') return fail(check === 'missing' ? 'not_authed' : check === 'revoked' ? 'token_revoked' : 'invalid_auth');
      const invalid = validateSlack(method, args);
      if (invalid) return invalid;
      if (method === 'auth.revoke') {
        // auth.revoke (spec /auth.revoke): {ok:true, revoked:true}; with test=true nothing is revoked.
        const test = args.get('test') === 'true' || args.get('test') === '1';
        if (!test && token) state.tokens.revoke(token);
        return json(200, { ok: true, revoked: !test });
      }
      const handler = METHODS[method];
      return handler ? handler(state, args) : json(200, { ok: false, error: 'unknown_method', req_method: method });
    },
  };
}

/**
 * Arguments against specs/slack-web-openapi-v2.json (query and form/JSON body together, as Slack
 * takes either; the token rides in the Authorization header). Slack answers bad arguments with
 * HTTP 200 `{ok:false, error:"invalid_arguments"}` and the details in response_metadata.messages
 * (api.slack.com/web "Errors"; apis.md E). The 2020 spec predates markdown_text, which apis.md S1 documents.
 */
const NEWER_SLACK_ARGS: Record<string, Record<string, Record<string, unknown>>> = {
  'chat.postMessage': { markdown_text: { type: 'string', maxLength: 12000 } },
};
function validateSlack(method: string, args: URLSearchParams): SandboxResponse | undefined {
  const spec = slackSpec();
  const op = spec.find('POST', `/api/${method}`) ?? spec.find('GET', `/api/${method}`);
  if (!op) return undefined;
  const violations = spec.checkRequest(op, {
    query: args,
    body: undefined,
    formIntoParams: true,
    ignore: ['token'],
    newerParams: NEWER_SLACK_ARGS[method] ?? {},
  });
  if (violations.length === 0) return undefined;
  return fail('invalid_arguments', {
    response_metadata: {
      messages: violations.map((v) =>
        v.kind === 'unknown'
          ? `[ERROR] unknown argument: ${dotted(v.path)}`
          : v.kind === 'required'
            ? `[ERROR] ${v.message}`
            : `[ERROR] invalid value for ${dotted(v.path)}: ${v.message}`,
      ),
    },
  });
}

const fail = (error: string, extra: Record<string, unknown> = {}): SandboxResponse => json(200, { ok: false, error, ...extra });

type Method = (state: State, args: URLSearchParams) => SandboxResponse;

const METHODS: Record<string, Method> = {
  'auth.test': () =>
    json(200, {
      ok: true,
      url: `https://${TEAM.domain}.slack.com/`,
      team: TEAM.name,
      user: 'incident-desk',
      team_id: TEAM.id,
      user_id: BOT_USER_ID,
      bot_id: 'B0SANDBOX',
    }),

  'chat.postMessage': (state, args) => {
    const ref = args.get('channel');
    if (!ref) return fail('channel_not_found');
    const target = resolveTarget(ref);
    if (!target) return fail('channel_not_found');
    if (target.archived) return fail('is_archived');
    if (!target.member) return fail('not_in_channel');
    const markdown = args.get('markdown_text');
    const raw = args.get('text');
    const blocksArg = args.get('blocks');
    if (markdown !== null && (raw !== null || blocksArg !== null)) return fail('markdown_text_conflict');
    let blocks: unknown;
    if (blocksArg !== null) {
      try {
        blocks = JSON.parse(blocksArg);
      } catch {
        return fail('invalid_blocks_format');
      }
      if (!Array.isArray(blocks) || blocks.some((b) => !isRecord(b) || typeof b['type'] !== 'string')) return fail('invalid_blocks');
    }
    const body = markdown ?? raw ?? '';
    if (body.trim() === '' && blocks === undefined) return fail('no_text');
    const message: SlackMessage = {
      channel: target.id,
      channelName: target.name,
      ts: nextTs(state),
      text: body.slice(0, MAX_TEXT),
      user: BOT_USER_ID,
      via: 'api',
      ...(args.get('thread_ts') ? { threadTs: args.get('thread_ts') as string } : {}),
      ...(blocks !== undefined ? { blocks } : {}),
    };
    state.slack.push(message);
    return json(200, {
      ok: true,
      channel: message.channel,
      ts: message.ts,
      message: {
        type: 'message',
        text: message.text,
        user: BOT_USER_ID,
        bot_id: 'B0SANDBOX',
        ts: message.ts,
        team: TEAM.id,
        ...(blocks !== undefined ? { blocks } : {}),
      },
    });
  },

  'conversations.list': (_state, args) => {
    const types = (args.get('types') ?? 'public_channel').split(',').map((t) => t.trim());
    const excludeArchived = args.get('exclude_archived') === 'true' || args.get('exclude_archived') === '1';
    const limit = Math.min(Math.max(Number(args.get('limit') ?? 100) || 100, 1), 999);
    const offset = decodeCursor(args.get('cursor'));
    if (offset === undefined) return fail('invalid_cursor');
    const all = CHANNELS.filter((c) => types.includes(c.is_private ? 'private_channel' : 'public_channel') && !(excludeArchived && c.is_archived));
    const page = all.slice(offset, offset + limit);
    const next = offset + limit < all.length ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '';
    return json(200, {
      ok: true,
      channels: page.map((c) => ({
        ...c,
        is_channel: !c.is_private,
        is_group: c.is_private,
        is_im: false,
        created: 1_600_000_000,
        topic: { value: '' },
        purpose: { value: '' },
      })),
      response_metadata: { next_cursor: next },
    });
  },

  // Real Slack takes only a channel id here, newest first; ask conversations.list for a name's id.
  'conversations.history': (state, args) => {
    const id = args.get('channel') ?? '';
    const channel = CHANNELS.find((c) => c.id === id);
    if (!channel) return fail('channel_not_found');
    if (!channel.is_member) return fail('not_in_channel');
    const limit = Math.min(Math.max(Number(args.get('limit') ?? 100) || 100, 1), 999);
    const messages = state.slack
      .filter((m) => m.channel === id)
      .slice(-limit)
      .reverse()
      .map((m) => ({ type: 'message', user: m.user, text: m.text, ts: m.ts }));
    // pin_count and the channel_actions_* fields are required by the spec's conversations.history response.
    return json(200, { ok: true, messages, has_more: false, pin_count: 0, channel_actions_ts: null, channel_actions_count: 0 });
  },

  // With return_im the whole IM definition comes back (spec /conversations.open: id, is_im,
  // is_open, user, last_read, latest: objs_message, unread_count…); Slack's IM object says `latest`
  // "is the latest message in the channel". Without any message yet there is none to show.
  'conversations.open': (state, args) => {
    const users = (args.get('users') ?? '').split(',').filter(Boolean);
    if (users.length === 0) return fail('users_list_not_supplied');
    const unknown = users.find((id) => !USERS.some((u) => u.id === id));
    if (unknown) return fail('user_not_found');
    const [only] = users;
    if (users.length > 1 || !only) return fail('not_implemented', { detail: 'The sandbox opens one-to-one DMs only.' });
    const id = dmChannelId(only);
    const returnIm = args.get('return_im') === 'true' || args.get('return_im') === '1';
    if (!returnIm) return json(200, { ok: true, channel: { id } });
    const messages = state.slack.filter((m) => m.channel === id);
    const latest = messages.at(-1);
    return json(200, {
      ok: true,
      ...(messages.length ? { already_open: true, no_op: true } : {}),
      channel: {
        id,
        is_im: true,
        is_open: true,
        user: only,
        last_read: '0000000000.000000',
        ...(latest ? { latest: { type: 'message', user: latest.user, text: latest.text, ts: latest.ts } } : {}),
        unread_count: messages.length,
        unread_count_display: messages.length,
      },
    });
  },

  // cache_ts is required by the spec's users.list response.
  'users.list': () => json(200, { ok: true, members: USERS.map(userJson), cache_ts: Math.floor(Date.now() / 1000), response_metadata: { next_cursor: '' } }),

  // users.getPresence: "When requesting information for a different user, this method just returns
  // the current presence (either active or away)" (spec). dnd.info's success shape is the spec's.
  'users.getPresence': (state, args) => {
    const user = args.get('user') ?? '';
    if (!USERS.some((u) => u.id === user)) return fail('user_not_found');
    return json(200, { ok: true, presence: state.slackPresence.get(user)?.presence ?? 'active' });
  },

  'dnd.info': (state, args) => {
    const user = args.get('user') ?? '';
    if (!USERS.some((u) => u.id === user)) return fail('user_not_found');
    const dnd = state.slackPresence.get(user)?.dnd ?? false;
    const now = Math.floor(state.now() / 1000);
    return json(200, {
      ok: true,
      dnd_enabled: dnd,
      next_dnd_start_ts: dnd ? now - 600 : now + 3600,
      next_dnd_end_ts: dnd ? now + 3600 : now + 7200,
      snooze_enabled: false,
    });
  },

  'users.lookupByEmail': (_state, args) => {
    const email = args.get('email');
    const user = USERS.find((u) => u.email !== undefined && u.email.toLowerCase() === email?.toLowerCase());
    return user ? json(200, { ok: true, user: userJson(user) }) : fail('users_not_found');
  },

  'chat.getPermalink': (state, args) => {
    const channel = resolveTarget(args.get('channel') ?? '');
    if (!channel) return fail('channel_not_found');
    const ts = args.get('message_ts') ?? '';
    if (!state.slack.some((m) => m.channel === channel.id && m.ts === ts)) return fail('message_not_found');
    return json(200, { ok: true, channel: channel.id, permalink: permalink(channel.id, ts) });
  },
};

export function permalink(channel: string, ts: string): string {
  return `https://${TEAM.domain}.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
}

/** A channel by id or name, or a DM by the user or D-channel id, as chat.postMessage accepts. */
function resolveTarget(ref: string): { id: string; name: string; archived: boolean; member: boolean } | undefined {
  const ch = findChannel(ref);
  if (ch) return { id: ch.id, name: ch.name, archived: ch.is_archived, member: ch.is_member };
  const user = USERS.find((u) => u.id === ref || dmChannelId(u.id) === ref);
  return user ? { id: dmChannelId(user.id), name: `@${user.name}`, archived: false, member: true } : undefined;
}

function userJson(u: User): object {
  return {
    id: u.id,
    team_id: TEAM.id,
    name: u.name,
    real_name: u.real_name,
    deleted: false,
    is_bot: u.is_bot,
    profile: { real_name: u.real_name, display_name: u.name, title: u.title, ...(u.email ? { email: u.email } : {}) },
  };
}

function decodeCursor(cursor: string | null): number | undefined {
  if (!cursor) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
  return m?.[1] ? Number(m[1]) : undefined;
}

/** Message timestamps are unique per channel and increase, like Slack's `seconds.micro` ids. */
function nextTs(state: State): string {
  return `${Math.floor(Date.now() / 1000)}.${String(state.next()).padStart(6, '0')}`;
}

/** Incoming webhooks: success is a bare `ok`, failures an HTTP status plus a plain-text code. */
export function slackWebhooks(state: State): Service {
  return {
    hosts: ['hooks.slack.com'],
    fault(_req, fault) {
      const headers = retryHeaders(fault);
      const fallback: Record<number, string> = {
        400: 'invalid_payload',
        403: 'action_prohibited',
        404: 'channel_not_found',
        410: 'channel_is_archived',
        429: 'rate_limited',
      };
      return text(fault.status, typeof fault.body === 'string' ? fault.body : (fallback[fault.status] ?? 'rollup_error'), headers);
    },
    handle(req) {
      const channelId = WEBHOOKS[req.path];
      if (!channelId) return text(404, 'no_service');
      if (req.method !== 'POST') return text(405, 'invalid_method');
      let payload: unknown;
      try {
        payload = JSON.parse(req.body);
      } catch {
        return text(400, 'invalid_payload');
      }
      if (!isRecord(payload)) return text(400, 'invalid_payload');
      const body = typeof payload['text'] === 'string' ? payload['text'] : '';
      if (body.trim() === '' && !Array.isArray(payload['blocks'])) return text(400, 'no_text');
      const channel = CHANNELS.find((c) => c.id === channelId);
      if (!channel) return text(404, 'channel_not_found');
      if (channel.is_archived) return text(410, 'channel_is_archived');
      state.slack.push({
        channel: channel.id,
        channelName: channel.name,
        ts: nextTs(state),
        text: body.slice(0, MAX_TEXT),
        user: BOT_USER_ID,
        via: 'webhook',
        ...(Array.isArray(payload['blocks']) ? { blocks: payload['blocks'] } : {}),
      });
      return text(200, 'ok');
    },
  };
}
