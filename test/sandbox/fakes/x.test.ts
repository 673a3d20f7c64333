import { describe, expect, it } from 'vitest';
import { weightedLength } from './x';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();

function tweet(text: string, host = 'api.x.com', token = sandbox().tokens().x): Promise<Response> {
  return sandbox().fetch(`https://${host}/2/tweets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

describe('X API fake', () => {
  it('creates a post with 201 and reports rate-limit headers', async () => {
    const res = await tweet('We are investigating an outage.');
    expect(res.status).toBe(201);
    const data = (await jsonOf(res))['data'] as Record<string, unknown>;
    expect(data).toMatchObject({ text: 'We are investigating an outage.', edit_history_tweet_ids: [data['id']] });
    expect(res.headers.get('x-rate-limit-limit')).toBe('100');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('99');
    expect(Number(res.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('refuses duplicate content with the observed 403 body, on either host', async () => {
    await tweet('Same text');
    const res = await tweet('Same text', 'api.twitter.com');
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 });
    expect(sandbox().world().tweets).toHaveLength(1);
  });

  it('counts URLs as 23 and emoji as 2, rejecting more than 280', () => {
    expect(weightedLength(`status ${'https://docs.google.com/document/d/e/2PACX-'.padEnd(200, 'x')}`)).toBe(7 + 23);
    expect(weightedLength('😀')).toBe(2);
    expect(weightedLength('👩‍👩‍👧')).toBe(2);
    expect(weightedLength('é')).toBe(1);
  });

  it('lists the account’s own posts, newest first, for a retry to find', async () => {
    await tweet('first');
    await tweet('second');
    const auth = { authorization: `Bearer ${sandbox().tokens().x}` };
    const me = (await jsonOf(await sandbox().fetch('https://api.x.com/2/users/me', { headers: auth })))['data'] as Record<string, string>;
    const res = await jsonOf(await sandbox().fetch(`https://api.x.com/2/users/${me['id'] ?? ''}/tweets?max_results=100`, { headers: auth }));
    expect((res['data'] as Array<{ text: string }>).map((t) => t.text)).toEqual(['second', 'first']);
    sandbox().reset();
    expect(await jsonOf(await sandbox().fetch(`https://api.x.com/2/users/${me['id'] ?? ''}/tweets?max_results=5`, { headers: auth }))).toEqual({ meta: { result_count: 0 } });
  });

  it('answers a too-long post with 400 and a post without a token with 401', async () => {
    expect((await tweet('😀'.repeat(141))).status).toBe(400);
    expect((await tweet('😀'.repeat(140))).status).toBe(201);
    expect((await tweet('hi', 'api.x.com', 'nope')).status).toBe(401);
  });

  it('turns an armed 429 into the documented body with remaining 0', async () => {
    sandbox().fault({ path: '/2/tweets', status: 429 });
    const res = await tweet('x');
    expect(res.status).toBe(429);
    expect(res.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(await res.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] });
  });

  it('shows the prefilled intent text with url, hashtags and via', async () => {
    const q = new URLSearchParams({ text: 'GitLab.com is down', url: 'https://docs.google.com/x', hashtags: 'outage,gitlab', via: 'gitlabstatus' });
    const page = await (await sandbox().fetch(`https://x.com/intent/tweet?${q}`)).text();
    expect(page).toContain('GitLab.com is down https://docs.google.com/x #outage #gitlab via @gitlabstatus');
  });
});
