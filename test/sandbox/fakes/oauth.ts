import { createHash, randomBytes } from 'node:crypto';
import { retryHeaders, type Fault } from '../faults';
import { html, json, params, redirect, escapeHtml, type SandboxRequest, type SandboxResponse } from '../http';
import type { Service } from '../service';
import type { TokenService } from '../tokens';
import type { State } from '../world';

/**
 * Each provider's authorize and token endpoints. Authorization auto-approves (the browser's auth
 * window is invisible to tests); a fault on an authorize endpoint turns the answer into a denial.
 */
interface Provider {
  service: TokenService;
  authorize: Array<{ host: string; path: string }>;
  token: Array<{ host: string; path: string }>;
  /** The provider's success body for a token grant. */
  granted(access: string, refresh: string, scope: string): { status: number; body: object };
  /** The provider's own failure body for one kind of failure. */
  failed(why: Failure, description: string): SandboxResponse;
}

type Failure = 'code' | 'verifier' | 'redirect' | 'client' | 'refresh' | 'grant_type' | 'method';

const STANDARD: Record<Failure, string> = {
  code: 'invalid_grant',
  verifier: 'invalid_grant',
  redirect: 'invalid_grant',
  client: 'invalid_client',
  refresh: 'invalid_grant',
  grant_type: 'unsupported_grant_type',
  method: 'invalid_request',
};

const oauthError = (overrides: Partial<Record<Failure, string>> = {}) => (why: Failure, description: string): SandboxResponse =>
  json(why === 'client' ? 401 : 400, { error: overrides[why] ?? STANDARD[why], error_description: description });

export function providers(gitlabHosts: readonly string[]): Provider[] {
  return [
    {
      service: 'google',
      authorize: [{ host: 'accounts.google.com', path: '/o/oauth2/v2/auth' }],
      token: [{ host: 'oauth2.googleapis.com', path: '/token' }],
      granted: (access, refresh, scope) => ({
        status: 200,
        body: { access_token: access, expires_in: 3599, refresh_token: refresh, scope, token_type: 'Bearer' },
      }),
      failed: oauthError(),
    },
    {
      service: 'slack',
      authorize: [{ host: 'slack.com', path: '/oauth/v2/authorize' }],
      token: [{ host: 'slack.com', path: '/api/oauth.v2.access' }],
      granted: (access, refresh, scope) => ({
        status: 200,
        body: {
          ok: true,
          app_id: 'A0SANDBOX',
          authed_user: { id: 'U01ALICE' },
          scope,
          token_type: 'bot',
          access_token: access,
          refresh_token: refresh,
          expires_in: 43200,
          bot_user_id: 'U0SANDBOXBOT',
          team: { id: 'T0SANDBOX', name: 'Sandbox Workspace' },
          enterprise: null,
          is_enterprise_install: false,
        },
      }),
      // Slack reports every failure with HTTP 200 and ok:false.
      failed: (why) => json(200, { ok: false, error: SLACK_ERRORS[why] }),
    },
    {
      service: 'x',
      authorize: [
        { host: 'x.com', path: '/i/oauth2/authorize' },
        { host: 'twitter.com', path: '/i/oauth2/authorize' },
      ],
      token: [
        { host: 'api.x.com', path: '/2/oauth2/token' },
        { host: 'api.twitter.com', path: '/2/oauth2/token' },
      ],
      granted: (access, refresh, scope) => ({
        status: 200,
        body: {
          token_type: 'bearer',
          expires_in: 7200,
          access_token: access,
          scope,
          // X issues a refresh token only with offline.access.
          ...(scope.split(' ').includes('offline.access') ? { refresh_token: refresh } : {}),
        },
      }),
      // X answers a bad code with invalid_request ("Value passed for the authorization code was invalid.").
      failed: oauthError({ code: 'invalid_request', verifier: 'invalid_request' }),
    },
    {
      service: 'gitlab',
      authorize: gitlabHosts.map((host) => ({ host, path: '/oauth/authorize' })),
      token: gitlabHosts.map((host) => ({ host, path: '/oauth/token' })),
      granted: (access, refresh, scope) => ({
        status: 200,
        body: { access_token: access, token_type: 'Bearer', expires_in: 7200, refresh_token: refresh, scope, created_at: Math.floor(Date.now() / 1000) },
      }),
      failed: oauthError(),
    },
    {
      service: 'zoom',
      authorize: [{ host: 'zoom.us', path: '/oauth/authorize' }],
      token: [{ host: 'zoom.us', path: '/oauth/token' }],
      granted: (access, refresh, scope) => ({
        status: 200,
        body: { access_token: access, token_type: 'bearer', refresh_token: refresh, expires_in: 3599, scope },
      }),
      failed: (why, description) => json(400, { reason: description, error: why === 'client' ? 'invalid_client' : 'invalid_request' }),
    },
  ];
}

const SLACK_ERRORS: Record<Failure, string> = {
  code: 'invalid_code',
  verifier: 'invalid_code_verifier',
  redirect: 'bad_redirect_uri',
  client: 'invalid_client_id',
  refresh: 'invalid_refresh_token',
  grant_type: 'invalid_grant_type',
  method: 'invalid_arguments',
};

export function oauth(state: State, gitlabHosts: readonly string[]): Service {
  const all = providers(gitlabHosts);
  const find = (req: SandboxRequest, kind: 'authorize' | 'token'): Provider | undefined =>
    all.find((p) => p[kind].some((e) => e.host === req.host && e.path === req.path));
  return {
    hosts: [...new Set(all.flatMap((p) => [...p.authorize, ...p.token].map((e) => e.host)))],
    handle(req) {
      const authorizing = find(req, 'authorize');
      if (authorizing) return authorize(state, authorizing, req);
      const exchanging = find(req, 'token');
      if (exchanging) return req.method === 'POST' ? token(state, exchanging, req) : exchanging.failed('method', 'The token endpoint takes POST.');
      return undefined;
    },
    fault(req, fault) {
      const authorizing = find(req, 'authorize');
      if (authorizing) return deny(state, authorizing, req, fault);
      const exchanging = find(req, 'token');
      if (!exchanging) return undefined;
      const headers = retryHeaders(fault);
      return json(fault.status, fault.body ?? { error: 'temporarily_unavailable', error_description: `Injected fault ${fault.status}.` }, headers);
    },
  };
}

function authorize(state: State, p: Provider, req: SandboxRequest): SandboxResponse {
  const q = req.query;
  const redirectUri = q.get('redirect_uri');
  const clientId = q.get('client_id');
  // Without a usable redirect_uri the provider cannot send the user back, so it shows an error page.
  if (!redirectUri || !URL.canParse(redirectUri) || !clientId) {
    return html(400, `<!doctype html><title>Authorization error</title><h1>Error 400: invalid_request</h1><p>${escapeHtml(
      !clientId ? 'Missing required parameter: client_id' : 'Missing or invalid parameter: redirect_uri',
    )}</p>`);
  }
  const back = (extra: Record<string, string>): SandboxResponse => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
    const state = q.get('state');
    if (state !== null) url.searchParams.set('state', state);
    return redirect(url.toString());
  };
  if (q.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
  const challenge = q.get('code_challenge');
  if (!challenge || q.get('code_challenge_method') !== 'S256') {
    return back({ error: 'invalid_request', error_description: 'PKCE with code_challenge_method=S256 is required.' });
  }
  const scope = q.get('scope') ?? '';
  const code = randomBytes(24).toString('base64url');
  state.oauthCodes.set(code, { service: p.service, clientId, redirectUri, challenge, scope });
  state.grants.push({ service: p.service, clientId, scope, redirectUri, outcome: 'approved', at: new Date().toISOString() });
  return back({ code });
}

function deny(state: State, p: Provider, req: SandboxRequest, fault: Fault): SandboxResponse {
  const redirectUri = req.query.get('redirect_uri');
  if (!redirectUri || !URL.canParse(redirectUri)) return html(400, '<!doctype html><h1>Error 400: invalid_request</h1>');
  const url = new URL(redirectUri);
  const error = typeof fault.body === 'object' && fault.body !== null && 'error' in fault.body ? String(fault.body.error) : 'access_denied';
  url.searchParams.set('error', error);
  const s = req.query.get('state');
  if (s !== null) url.searchParams.set('state', s);
  state.grants.push({
    service: p.service,
    clientId: req.query.get('client_id') ?? '',
    scope: req.query.get('scope') ?? '',
    redirectUri,
    outcome: 'denied',
    at: new Date().toISOString(),
  });
  return redirect(url.toString());
}

function token(state: State, p: Provider, req: SandboxRequest): SandboxResponse {
  const form = params(req);
  const grantType = form.get('grant_type');
  if (grantType === 'refresh_token') {
    const refreshed = state.tokens.refresh(p.service, form.get('refresh_token') ?? '');
    if (!refreshed) return p.failed('refresh', 'The refresh token is invalid or revoked.');
    const { status, body } = p.granted(refreshed.access, form.get('refresh_token') ?? '', refreshed.scope);
    return json(status, body);
  }
  if (grantType !== 'authorization_code') return p.failed('grant_type', `Unsupported grant_type: ${grantType ?? '(none)'}.`);
  const code = form.get('code') ?? '';
  const pending = state.oauthCodes.get(code);
  if (!pending || pending.service !== p.service) return p.failed('code', 'The authorization code is invalid, expired or already used.');
  // A code is single-use even when the exchange fails, as providers do.
  state.oauthCodes.delete(code);
  const clientId = form.get('client_id');
  if (clientId !== null && clientId !== pending.clientId) return p.failed('client', 'client_id does not match the authorization request.');
  if (form.get('redirect_uri') !== null && form.get('redirect_uri') !== pending.redirectUri) {
    return p.failed('redirect', 'redirect_uri does not match the authorization request.');
  }
  const verifier = form.get('code_verifier') ?? '';
  if (createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
    return p.failed('verifier', 'The code_verifier does not match the code_challenge.');
  }
  const { access, refresh } = state.tokens.issue(p.service, pending.scope);
  state.grants.push({ service: p.service, clientId: pending.clientId, scope: pending.scope, redirectUri: pending.redirectUri, outcome: 'exchanged', at: new Date().toISOString() });
  const { status, body } = p.granted(access, refresh, pending.scope);
  return json(status, body);
}
