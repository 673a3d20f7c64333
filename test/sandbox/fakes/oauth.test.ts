import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox({ gitlabSelfHostedHost: 'git.corp.test' });
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/cb';
const VERIFIER = 'a-verifier-that-is-long-enough-for-pkce-0123456789';
const challenge = (v: string): string => createHash('sha256').update(v).digest('base64url');

const PROVIDERS = [
  { name: 'google', authorize: 'https://accounts.google.com/o/oauth2/v2/auth', token: 'https://oauth2.googleapis.com/token', api: 'https://www.googleapis.com/drive/v3/files/none' },
  { name: 'slack', authorize: 'https://slack.com/oauth/v2/authorize', token: 'https://slack.com/api/oauth.v2.access', api: 'https://slack.com/api/auth.test' },
  { name: 'x', authorize: 'https://x.com/i/oauth2/authorize', token: 'https://api.x.com/2/oauth2/token', api: 'https://api.x.com/2/users/me' },
  { name: 'gitlab', authorize: 'https://gitlab.com/oauth/authorize', token: 'https://gitlab.com/oauth/token', api: 'https://gitlab.com/api/v4/user' },
  { name: 'self-hosted gitlab', authorize: 'https://git.corp.test/oauth/authorize', token: 'https://git.corp.test/oauth/token', api: 'https://git.corp.test/api/v4/user' },
  { name: 'zoom', authorize: 'https://zoom.us/oauth/authorize', token: 'https://zoom.us/oauth/token', api: 'https://api.zoom.us/v2/meetings/1' },
] as const;

async function authorize(url: string, extra: Record<string, string> = {}): Promise<URL> {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: 'client-1',
    redirect_uri: REDIRECT,
    scope: 'a b offline.access',
    state: 'st-1',
    code_challenge: challenge(VERIFIER),
    code_challenge_method: 'S256',
    ...extra,
  });
  const res = await sandbox().fetch(`${url}?${q}`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

function exchange(url: string, code: string, verifier: string): Promise<Response> {
  return sandbox().fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: 'client-1', code_verifier: verifier }),
  });
}

/** Any API answer that is not the service's "bad credentials" one. */
async function authorized(api: string, token: string): Promise<boolean> {
  const headers = { authorization: `Bearer ${token}` };
  const res = await sandbox().fetch(api, { headers });
  if (res.status === 401) return false;
  const body = (await res.json()) as Record<string, unknown>;
  return body['ok'] !== false;
}

describe.each(PROVIDERS)('OAuth with PKCE: $name', (p) => {
  it('auto-approves, redirects with code and state, and issues a token the API accepts', async () => {
    const back = await authorize(p.authorize);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('st-1');
    const code = back.searchParams.get('code') ?? '';
    const res = await exchange(p.token, code, VERIFIER);
    expect(res.status).toBe(200);
    const token = String(((await res.json()) as Record<string, unknown>)['access_token']);
    expect(await authorized(p.api, token)).toBe(true);
    expect(await authorized(p.api, 'made-up-token')).toBe(false);
    sandbox().revoke(token);
    expect(await authorized(p.api, token)).toBe(false);
  });

  it('refuses a wrong code_verifier, and the code is spent afterwards', async () => {
    const code = (await authorize(p.authorize)).searchParams.get('code') ?? '';
    const bad = await exchange(p.token, code, 'wrong-verifier');
    const body = (await bad.json()) as Record<string, unknown>;
    expect(body['access_token']).toBeUndefined();
    expect(bad.status === 400 || body['ok'] === false).toBe(true);
    const retry = (await (await exchange(p.token, code, VERIFIER)).json()) as Record<string, unknown>;
    expect(retry['access_token']).toBeUndefined();
  });

  it('denies with error=access_denied when a fault is armed on the authorize endpoint', async () => {
    sandbox().fault({ host: new URL(p.authorize).host, path: new URL(p.authorize).pathname, status: 403 });
    const back = await authorize(p.authorize);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-1');
    expect(back.searchParams.get('code')).toBeNull();
    expect(sandbox().world().grants.at(-1)?.outcome).toBe('denied');
  });
});

describe('OAuth endpoints', () => {
  it('requires an S256 code_challenge', async () => {
    const back = await authorize(PROVIDERS[0].authorize, { code_challenge_method: 'plain' });
    expect(back.searchParams.get('error')).toBe('invalid_request');
  });

  it('reports the provider-specific error shape for a bad verifier', async () => {
    const slackCode = (await authorize('https://slack.com/oauth/v2/authorize')).searchParams.get('code') ?? '';
    const slack = await exchange('https://slack.com/api/oauth.v2.access', slackCode, 'bad');
    expect(slack.status).toBe(200);
    expect(await slack.json()).toEqual({ ok: false, error: 'invalid_code_verifier' });
    const googleCode = (await authorize(PROVIDERS[0].authorize)).searchParams.get('code') ?? '';
    const google = await exchange(PROVIDERS[0].token, googleCode, 'bad');
    expect(google.status).toBe(400);
    expect(((await google.json()) as Record<string, unknown>)['error']).toBe('invalid_grant');
  });

  it('refreshes an access token with the refresh token', async () => {
    const code = (await authorize(PROVIDERS[0].authorize)).searchParams.get('code') ?? '';
    const granted = (await (await exchange(PROVIDERS[0].token, code, VERIFIER)).json()) as Record<string, string>;
    const res = await sandbox().fetch(PROVIDERS[0].token, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: granted['refresh_token'] ?? '', client_id: 'client-1' }),
    });
    const refreshed = (await res.json()) as Record<string, string>;
    expect(refreshed['access_token']).toBeDefined();
    expect(refreshed['access_token']).not.toBe(granted['access_token']);
  });

  it('lets a revoked fixed test token provoke each service’s 401 until reset', async () => {
    const tokens = sandbox().tokens();
    sandbox().revoke('google');
    const res = await sandbox().fetch('https://docs.googleapis.com/v1/documents/x', { headers: { authorization: `Bearer ${tokens.google}` } });
    expect(res.status).toBe(401);
    const slack = await sandbox().fetch('https://slack.com/api/auth.test', { headers: { authorization: `Bearer ${tokens.slack}` } });
    expect(((await slack.json()) as Record<string, unknown>)['ok']).toBe(true);
    sandbox().revoke(tokens.slack);
    const revoked = await sandbox().fetch('https://slack.com/api/auth.test', { headers: { authorization: `Bearer ${tokens.slack}` } });
    expect(await revoked.json()).toEqual({ ok: false, error: 'token_revoked' });
    sandbox().reset();
    expect((await sandbox().fetch('https://docs.googleapis.com/v1/documents/x', { headers: { authorization: `Bearer ${tokens.google}` } })).status).toBe(404);
  });
});
