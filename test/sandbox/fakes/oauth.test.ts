import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OAUTH_CLIENTS, TEST_REDIRECT_URI } from '../clients';
import { useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox({ gitlabSelfHostedHost: 'git.corp.test' });
const REDIRECT = TEST_REDIRECT_URI;
const VERIFIER = 'a-verifier-that-is-long-enough-for-pkce-0123456789';
const challenge = (v: string): string => createHash('sha256').update(v).digest('base64url');
const GOOGLE_SECRET = OAUTH_CLIENTS.find((c) => c.provider === 'google')?.clientSecret ?? '';
const form = (o: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(o),
});

const PROVIDERS = [
  {
    name: 'google',
    clientId: 'incident-desk.apps.googleusercontent.com',
    scope: 'https://www.googleapis.com/auth/drive.file',
    extra: { access_type: 'offline' },
    secret: GOOGLE_SECRET,
    authorize: 'https://accounts.google.com/o/oauth2/v2/auth',
    token: 'https://oauth2.googleapis.com/token',
    api: 'https://www.googleapis.com/drive/v3/files?fields=files(id)',
  },
  {
    name: 'slack',
    clientId: '1111111111.2222222222222',
    scope: 'chat:write',
    extra: {},
    authorize: 'https://slack.com/oauth/v2/authorize',
    token: 'https://slack.com/api/oauth.v2.access',
    api: 'https://slack.com/api/auth.test',
  },
  {
    name: 'x',
    clientId: 'incident-desk-x',
    scope: 'tweet.read tweet.write users.read offline.access',
    extra: {},
    authorize: 'https://x.com/i/oauth2/authorize',
    token: 'https://api.x.com/2/oauth2/token',
    api: 'https://api.x.com/2/users/me',
  },
  {
    name: 'gitlab',
    clientId: 'incident-desk-gitlab-com',
    scope: 'api',
    extra: {},
    authorize: 'https://gitlab.com/oauth/authorize',
    token: 'https://gitlab.com/oauth/token',
    api: 'https://gitlab.com/api/v4/user',
  },
  {
    name: 'self-hosted gitlab',
    clientId: 'incident-desk-gitlab-selfhosted',
    scope: 'api',
    extra: {},
    authorize: 'https://git.corp.test/oauth/authorize',
    token: 'https://git.corp.test/oauth/token',
    api: 'https://git.corp.test/api/v4/user',
  },
  {
    name: 'zoom',
    clientId: 'incidentdeskpublic',
    scope: 'meeting:write:meeting meeting:read:meeting',
    extra: {},
    authorize: 'https://zoom.us/oauth/authorize',
    token: 'https://zoom.us/oauth/token',
    api: 'https://api.zoom.us/v2/meetings/1',
  },
] as const;
type P = (typeof PROVIDERS)[number];
const byName = (n: P['name']): P => PROVIDERS.find((p) => p.name === n) as P;

async function authorize(p: P, extra: Record<string, string> = {}): Promise<URL> {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: p.clientId,
    redirect_uri: REDIRECT,
    scope: p.scope,
    state: 'st-1',
    code_challenge: challenge(VERIFIER),
    code_challenge_method: 'S256',
    ...p.extra,
    ...extra,
  });
  const res = await sandbox().fetch(`${p.authorize}?${q}`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

function exchange(p: P, code: string, verifier: string, extra: Record<string, string> = {}): Promise<Response> {
  return sandbox().fetch(
    p.token,
    form({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: p.clientId,
      code_verifier: verifier,
      ...('secret' in p ? { client_secret: p.secret } : {}),
      ...extra,
    }),
  );
}

async function signIn(p: P): Promise<Record<string, unknown>> {
  const code = (await authorize(p)).searchParams.get('code') ?? '';
  const res = await exchange(p, code, VERIFIER);
  return (await res.json()) as Record<string, unknown>;
}

/** Any API answer that is not the service's "bad credentials" one. */
async function authorized(api: string, token: string): Promise<boolean> {
  const res = await sandbox().fetch(api, { headers: { authorization: `Bearer ${token}` } });
  if (res.status === 401) return false;
  const body = (await res.json()) as Record<string, unknown>;
  return body['ok'] !== false;
}

describe.each(PROVIDERS)('OAuth: $name', (p) => {
  it('auto-approves the registered client, redirects with code and state, and issues a token the API accepts', async () => {
    const back = await authorize(p);
    expect(back.origin + back.pathname).toBe(REDIRECT.replace(/\/$/, '/'));
    expect(back.searchParams.get('state')).toBe('st-1');
    const res = await exchange(p, back.searchParams.get('code') ?? '', VERIFIER);
    expect(res.status).toBe(200);
    const token = String(((await res.json()) as Record<string, unknown>)['access_token']);
    expect(await authorized(p.api, token)).toBe(true);
    expect(await authorized(p.api, 'made-up-token')).toBe(false);
    sandbox().revoke(token);
    expect(await authorized(p.api, token)).toBe(false);
  });

  it('refuses a wrong code_verifier, and the code is spent afterwards', async () => {
    const code = (await authorize(p)).searchParams.get('code') ?? '';
    const bad = await exchange(p, code, 'wrong-verifier');
    const body = (await bad.json()) as Record<string, unknown>;
    expect(body['access_token']).toBeUndefined();
    expect(bad.status === 400 || body['ok'] === false).toBe(true);
    const retry = (await (await exchange(p, code, VERIFIER)).json()) as Record<string, unknown>;
    expect(retry['access_token']).toBeUndefined();
  });

  it('denies with error=access_denied when a fault is armed on the authorize endpoint', async () => {
    sandbox().fault({ host: new URL(p.authorize).host, path: new URL(p.authorize).pathname, status: 403 });
    const back = await authorize(p);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-1');
    expect(back.searchParams.get('code')).toBeNull();
    expect(sandbox().world().grants.at(-1)?.outcome).toBe('denied');
  });

  it('shows an error page for an unknown client_id or an unregistered redirect_uri', async () => {
    const q = (o: Record<string, string>): string =>
      `${p.authorize}?${new URLSearchParams({ response_type: 'code', client_id: p.clientId, redirect_uri: REDIRECT, scope: p.scope, code_challenge: challenge(VERIFIER), code_challenge_method: 'S256', ...o })}`;
    const unknown = await sandbox().fetch(q({ client_id: 'incident-desk' }), { redirect: 'manual' });
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toContain('invalid_client');
    const elsewhere = await sandbox().fetch(q({ redirect_uri: 'https://abcdefghijklmnop.chromiumapp.org/cb' }), { redirect: 'manual' });
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('redirect_uri_mismatch');
    const firefox = await sandbox().fetch(q({ redirect_uri: `https://${'a1'.repeat(20)}.extensions.allizom.org/` }), { redirect: 'manual' });
    expect(firefox.status).toBe(302);
  });
});

describe('Google OAuth', () => {
  const g = byName('google');

  it('refuses a code exchange without client_secret even with PKCE, as a Web application client', async () => {
    const code = (await authorize(g)).searchParams.get('code') ?? '';
    const res = await sandbox().fetch(
      g.token,
      form({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: g.clientId, code_verifier: VERIFIER }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'client_secret is missing.' });
  });

  it('answers response_type=token in the fragment, without a refresh token', async () => {
    const back = await authorize(g, { response_type: 'token', login_hint: 'bob@example.com' });
    const frag = new URLSearchParams(back.hash.slice(1));
    expect(back.search).toBe('');
    expect(frag.get('token_type')).toBe('Bearer');
    expect(frag.get('expires_in')).toBe('3599');
    expect(frag.get('state')).toBe('st-1');
    expect(frag.get('scope')).toBe(g.scope);
    expect(frag.get('refresh_token')).toBeNull();
    expect(await authorized(g.api, frag.get('access_token') ?? '')).toBe(true);
  });

  it('answers prompt=none at once after consent, and with interaction_required before it', async () => {
    const silent = await authorize(g, { response_type: 'token', prompt: 'none' });
    expect(new URLSearchParams(silent.hash.slice(1)).get('error')).toBe('interaction_required');
    expect(new URLSearchParams(silent.hash.slice(1)).get('state')).toBe('st-1');
    await authorize(g, { response_type: 'token' });
    const again = await authorize(g, { response_type: 'token', prompt: 'none' });
    expect(new URLSearchParams(again.hash.slice(1)).get('access_token')).toBeTruthy();
    // Consent is per user: Bob has given none.
    const bob = await authorize(g, { response_type: 'token', prompt: 'none', login_hint: 'bob@example.com' });
    expect(new URLSearchParams(bob.hash.slice(1)).get('error')).toBe('interaction_required');
  });

  it('lets access tokens die after an hour on the sandbox clock', async () => {
    const token = String((await signIn(g))['access_token']);
    expect(await authorized(g.api, token)).toBe(true);
    sandbox().advanceClock(3599_000);
    expect(await authorized(g.api, token)).toBe(true);
    sandbox().advanceClock(2_000);
    const res = await sandbox().fetch(g.api, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED');
  });

  it('refreshes with the secret and revokes the whole grant at /revoke', async () => {
    const granted = await signIn(g);
    const refreshed = await sandbox().fetch(
      g.token,
      form({ grant_type: 'refresh_token', refresh_token: String(granted['refresh_token']), client_id: g.clientId, client_secret: GOOGLE_SECRET }),
    );
    const body = (await refreshed.json()) as Record<string, unknown>;
    expect(body['refresh_token']).toBeUndefined();
    const revoke = await sandbox().fetch('https://oauth2.googleapis.com/revoke', form({ token: String(granted['refresh_token']) }));
    expect(revoke.status).toBe(200);
    expect(await authorized(g.api, String(body['access_token']))).toBe(false);
    expect((await sandbox().fetch('https://oauth2.googleapis.com/revoke', form({ token: String(granted['refresh_token']) }))).status).toBe(400);
  });
});

describe('OAuth per provider', () => {
  it('Slack: PKCE without secret, no refresh token and no expiry; auth.revoke ends the token', async () => {
    const s = byName('slack');
    const granted = await signIn(s);
    expect(granted['ok']).toBe(true);
    expect(granted['refresh_token']).toBeUndefined();
    expect(granted['expires_in']).toBeUndefined();
    const token = String(granted['access_token']);
    const revoked = await sandbox().fetch('https://slack.com/api/auth.revoke', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(await revoked.json()).toEqual({ ok: true, revoked: true });
    expect(await authorized(s.api, token)).toBe(false);
    const unknown = await exchange({ ...s, clientId: 'incident-desk' } as unknown as P, 'x', VERIFIER);
    expect(await unknown.json()).toEqual({ ok: false, error: 'invalid_client_id' });
  });

  it('X: refresh token only with offline.access; a rotated refresh token fails when reused', async () => {
    const x = byName('x');
    const noOffline = (await authorize(x, { scope: 'tweet.read users.read' })).searchParams.get('code') ?? '';
    expect(((await (await exchange(x, noOffline, VERIFIER)).json()) as Record<string, unknown>)['refresh_token']).toBeUndefined();
    const granted = await signIn(x);
    expect(granted['expires_in']).toBe(7199);
    const refresh = (rt: string): Promise<Response> =>
      sandbox().fetch(x.token, form({ grant_type: 'refresh_token', refresh_token: rt, client_id: x.clientId }));
    const first = (await (await refresh(String(granted['refresh_token']))).json()) as Record<string, unknown>;
    expect(first['refresh_token']).not.toBe(granted['refresh_token']);
    const reused = await refresh(String(granted['refresh_token']));
    expect(reused.status).toBe(400);
    expect(((await reused.json()) as Record<string, unknown>)['error']).toBe('invalid_request');
    const rev = await sandbox().fetch('https://api.x.com/2/oauth2/revoke', form({ token: String(first['access_token']), client_id: x.clientId }));
    expect(await rev.json()).toEqual({ revoked: true });
    expect(await authorized(x.api, String(first['access_token']))).toBe(false);
    sandbox().advanceClock(7200_000);
    expect(await authorized(x.api, String(granted['access_token']))).toBe(false);
  });

  it('GitLab: refresh needs redirect_uri and replaces both tokens; a token of one host is 401 on the other', async () => {
    const gl = byName('gitlab');
    const granted = await signIn(gl);
    const access = String(granted['access_token']);
    expect(await authorized('https://git.corp.test/api/v4/user', access)).toBe(false);
    const refresh = (extra: Record<string, string>): Promise<Response> =>
      sandbox().fetch(gl.token, form({ grant_type: 'refresh_token', refresh_token: String(granted['refresh_token']), client_id: gl.clientId, ...extra }));
    expect((await refresh({})).status).toBe(400);
    const ok = (await (await refresh({ redirect_uri: REDIRECT })).json()) as Record<string, unknown>;
    expect(ok['access_token']).toBeTruthy();
    expect(await authorized(gl.api, access)).toBe(false);
    expect(await authorized(gl.api, String(ok['access_token']))).toBe(true);
    expect((await refresh({ redirect_uri: REDIRECT })).status).toBe(400);
    expect((await sandbox().fetch('https://gitlab.com/oauth/revoke', form({ token: String(ok['access_token']), client_id: gl.clientId }))).status).toBe(200);
    expect(await authorized(gl.api, String(ok['access_token']))).toBe(false);
    // The gitlab.com application is not registered on the self-hosted host.
    const wrongHost = await sandbox().fetch(
      `https://git.corp.test/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: gl.clientId, redirect_uri: REDIRECT, code_challenge: 'x', code_challenge_method: 'S256' })}`,
      { redirect: 'manual' },
    );
    expect(wrongHost.status).toBe(401);
  });

  it('Zoom: granular scopes only, rotating refresh tokens, and no revoke without a client secret', async () => {
    const z = byName('zoom');
    const classic = await authorize(z, { scope: 'meeting:write meeting:read' });
    expect(classic.searchParams.get('error')).toBe('invalid_scope');
    const granted = await signIn(z);
    const refresh = (rt: string): Promise<Response> =>
      sandbox().fetch(z.token, form({ grant_type: 'refresh_token', refresh_token: rt, client_id: z.clientId }));
    const next = (await (await refresh(String(granted['refresh_token']))).json()) as Record<string, unknown>;
    expect(next['refresh_token']).toBeTruthy();
    expect((await refresh(String(granted['refresh_token']))).status).toBe(400);
    const revoke = await sandbox().fetch(`https://zoom.us/oauth/revoke?token=${String(next['access_token'])}`, { method: 'POST' });
    expect(revoke.status).toBe(401);
    expect(await authorized(z.api, String(next['access_token']))).toBe(true);
  });
});

describe('fixed tokens', () => {
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
