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
    expect(await res.json()).toEqual({
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    });
    expect(sandbox().world().tweets).toHaveLength(1);
  });

  it('counts with twitter-text: a bare domain is a 23-character link, so a text of 280 code points can be too long', async () => {
    expect(weightedLength('GitLab.com is down')).toBe(23 + ' is down'.length);
    const text = `GitLab.com ${'x'.repeat(258)}`; // 269 code points, 23 + 1 + 258 = 282 weighted
    expect([...text].length).toBeLessThanOrEqual(280);
    const res = await tweet(text);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ title: 'Invalid Request', status: 400, type: 'https://api.x.com/2/problems/invalid-request' });
    expect((await tweet(`GitLab.com ${'x'.repeat(256)}`)).status).toBe(201);
  });

  it('refuses a tweet of 281 weighted characters as X does, and takes 280', async () => {
    // Counted as characters both are under 280: the two bare domains weigh 23 each.
    const of = (n: number) => `GitLab.com and docs.gitlab.com are down ${'x'.repeat(n)}`;
    expect(weightedLength(of(220))).toBe(23 + ' and '.length + 23 + ' are down '.length + 220);
    expect(weightedLength(of(220))).toBe(281);
    expect(of(220).length).toBeLessThan(280);
    const res = await tweet(of(220));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      title: 'Invalid Request',
      status: 400,
      type: 'https://api.x.com/2/problems/invalid-request',
      errors: [{ message: expect.stringMatching(/^Your Tweet text is too long\./) }],
    });
    expect(sandbox().world().tweets).toHaveLength(0);
    expect((await tweet(of(219))).status).toBe(201);
    expect(
      sandbox()
        .world()
        .tweets.map((t) => t.text),
    ).toEqual([of(219)]);
  });

  it('refuses a body field the spec does not declare, and a mistyped one', async () => {
    const post = (body: unknown): Promise<Response> =>
      sandbox().fetch('https://api.x.com/2/tweets', {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox().tokens().x}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const unknown = await post({ text: 'hi', in_reply_to: '1' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('in_reply_to');
    expect((await post({ text: 'hi', reply: { in_reply_to_tweet_id: 12 } })).status).toBe(400);
    expect((await post({ text: 'hi', reply: { in_reply_to_tweet_id: '12' } })).status).toBe(201);
    const q = await sandbox().fetch('https://api.x.com/2/users/me?user.fields=id&colour=red', { headers: { authorization: `Bearer ${sandbox().tokens().x}` } });
    expect(q.status).toBe(400);
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
    expect(await jsonOf(await sandbox().fetch(`https://api.x.com/2/users/${me['id'] ?? ''}/tweets?max_results=5`, { headers: auth }))).toEqual({
      meta: { result_count: 0 },
    });
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
