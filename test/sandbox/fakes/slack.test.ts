import { describe, expect, it } from 'vitest';
import { SLACK_WEBHOOKS } from '../index';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();

function call(method: string, args: Record<string, string>, token = sandbox().tokens().slack): Promise<Response> {
  return sandbox().fetch(`https://slack.com/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(args),
  });
}

const webhook = (suffix: string): string => `https://hooks.slack.com${Object.keys(SLACK_WEBHOOKS).find((p) => p.includes(suffix)) ?? ''}`;

describe('Slack Web API fake', () => {
  it('posts to a channel by name and records the message', async () => {
    const res = await call('chat.postMessage', { channel: '#marketing', text: '<!channel> Major incident: <https://docs.google.com/document/d/x/edit|doc>' });
    const body = await jsonOf(res);
    expect(body).toMatchObject({ ok: true, channel: 'C02MARKETING' });
    expect(String(body['ts'])).toMatch(/^\d+\.\d{6}$/);
    expect(sandbox().world().slack).toEqual([expect.objectContaining({ channel: 'C02MARKETING', channelName: 'marketing', via: 'api' })]);
    const link = await jsonOf(
      await sandbox().fetch(`https://slack.com/api/chat.getPermalink?channel=C02MARKETING&message_ts=${String(body['ts'])}`, {
        headers: { authorization: `Bearer ${sandbox().tokens().slack}` },
      }),
    );
    expect(String(link['permalink'])).toMatch(/\/archives\/C02MARKETING\/p\d+$/);
  });

  it('reports errors as HTTP 200 with ok:false', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ channel: 'C404', text: 'x' }, 'channel_not_found'],
      [{ channel: 'old-incidents', text: 'x' }, 'is_archived'],
      [{ channel: 'random', text: 'x' }, 'not_in_channel'],
      [{ channel: 'marketing' }, 'no_text'],
      [{ channel: 'marketing', text: 'x', markdown_text: '*x*' }, 'markdown_text_conflict'],
      [{ channel: 'marketing', blocks: '[{' }, 'invalid_blocks_format'],
    ];
    for (const [args, error] of cases) {
      const res = await call('chat.postMessage', args);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: false, error });
    }
    expect(await (await call('users.lookupByEmail', { email: 'ghost@example.com' })).json()).toEqual({ ok: false, error: 'users_not_found' });
    expect(await (await call('auth.test', {}, 'xoxb-invented')).json()).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await (await sandbox().fetch('https://slack.com/api/auth.test', { method: 'POST' })).json()).toEqual({ ok: false, error: 'not_authed' });
    expect(sandbox().world().slack).toEqual([]);
  });

  it('rate-limits with 429 and Retry-After when a fault is armed', async () => {
    sandbox().fault({ host: 'slack.com', path: '/api/chat.postMessage', status: 429, retryAfter: 30 });
    const res = await call('chat.postMessage', { channel: 'marketing', text: 'x' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect((await call('chat.postMessage', { channel: 'marketing', text: 'x' })).status).toBe(200);
  });

  it('lists channels page by page and finds users by email', async () => {
    const first = await jsonOf(await call('conversations.list', { limit: '2', exclude_archived: 'true', types: 'public_channel,private_channel' }));
    expect((first['channels'] as unknown[]).length).toBe(2);
    const cursor = String((first['response_metadata'] as Record<string, unknown>)['next_cursor']);
    expect(cursor).not.toBe('');
    const rest = await jsonOf(await call('conversations.list', { limit: '100', cursor, exclude_archived: 'true', types: 'public_channel,private_channel' }));
    const names = [...(first['channels'] as Array<{ name: string }>), ...(rest['channels'] as Array<{ name: string }>)].map((c) => c.name);
    expect(names).toContain('security');
    expect(names).not.toContain('old-incidents');
    const user = await jsonOf(await call('users.lookupByEmail', { email: 'alice@example.com' }));
    expect(user['user']).toMatchObject({ id: 'U01ALICE', real_name: 'Alice Archer' });
    expect(await jsonOf(await call('conversations.open', { users: 'U01ALICE' }))).toEqual({ ok: true, channel: { id: 'D01ALICE' } });
  });

  it('answers incoming webhooks with plain-text status codes', async () => {
    const post = (url: string, body: string): Promise<Response> =>
      sandbox().fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ok = await post(webhook('MARKETING'), JSON.stringify({ text: 'hello' }));
    expect([ok.status, await ok.text()]).toEqual([200, 'ok']);
    const bad = await post(webhook('MARKETING'), '{not json');
    expect([bad.status, await bad.text()]).toEqual([400, 'invalid_payload']);
    const archived = await post(webhook('OLDINCIDENTS'), JSON.stringify({ text: 'x' }));
    expect([archived.status, await archived.text()]).toEqual([410, 'channel_is_archived']);
    expect((await post('https://hooks.slack.com/services/T0/B0/nope', '{}')).status).toBe(404);
    expect(
      sandbox()
        .world()
        .slack.map((m) => m.via),
    ).toEqual(['webhook']);
  });

  it('shows a channel with authors and times on app.slack.com, including posted messages', async () => {
    await call('chat.postMessage', { channel: 'production', text: 'War room: https://zoom.us/j/1' });
    const page = await (await sandbox().fetch('https://app.slack.com/client/T0SANDBOX/C01PRODUCTION')).text();
    expect(page).toContain('Dmitri Volkov');
    expect(page).toContain('Incident Desk');
    expect(page).toContain('War room: ');
    expect(page).toMatch(/<time class="c-timestamp" datetime="[^"]+Z"/);
  });
});
