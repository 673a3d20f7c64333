import { createHash, randomBytes } from 'node:crypto';
import { findClient, redirectAllowed, ZOOM_GRANULAR_SCOPES, type OAuthClient } from '../clients';
import { retryHeaders, type Fault } from '../faults';
import { escapeHtml, header, html, json, params, redirect, type SandboxRequest, type SandboxResponse } from '../http';
import type { Service } from '../service';
import { GOOGLE_USERS, type TokenService } from '../tokens';
import type { State } from '../world';

/**
 * Each provider's authorize, token and revoke endpoints, with the clients of clients.ts.
 * Authorization auto-approves (the browser's auth window is invisible to tests); a fault on an
 * authorize endpoint turns the answer into a denial.
 */
type Failure = 'client' | 'secret_missing' | 'code' | 'verifier' | 'redirect' | 'refresh' | 'grant_type' | 'request';

interface Provider {
  service: TokenService;
  authorize: Array<{ host: string; path: string }>;
  token: Array<{ host: string; path: string }>;
  revoke: Array<{ host: string; path: string }>;
  /** Response types the provider's authorize endpoint knows. */
  responseTypes: readonly string[];
  granted(t: { access: string; refresh?: string; scope: string; ttl?: number }, now: number): object;
  failed(why: Failure, description: string): SandboxResponse;
}

const STANDARD: Record<Failure, [number, string]> = {
  client: [401, 'invalid_client'],
  secret_missing: [400, 'invalid_request'],
  code: [400, 'invalid_grant'],
  verifier: [400, 'invalid_grant'],
  redirect: [400, 'invalid_grant'],
  refresh: [400, 'invalid_grant'],
  grant_type: [400, 'unsupported_grant_type'],
  request: [400, 'invalid_request'],
};

const oauthError =
  (overrides: Partial<Record<Failure, string>> = {}) =>
  (why: Failure, description: string): SandboxResponse =>
    json(STANDARD[why][0], { error: overrides[why] ?? STANDARD[why][1], error_description: description });

const SLACK_ERRORS: Record<Failure, string> = {
  client: 'invalid_client_id',
  secret_missing: 'bad_client_secret',
  code: 'invalid_code',
  verifier: 'invalid_code_verifier',
  redirect: 'bad_redirect_uri',
  refresh: 'invalid_refresh_token',
  grant_type: 'invalid_grant_type',
  request: 'invalid_arguments',
};

export function providers(gitlabHosts: readonly string[]): Provider[] {
  const expiry = (ttl?: number): object => (ttl !== undefined ? { expires_in: ttl - 1 } : {});
  return [
    {
      service: 'google',
      authorize: [{ host: 'accounts.google.com', path: '/o/oauth2/v2/auth' }],
      token: [{ host: 'oauth2.googleapis.com', path: '/token' }],
      revoke: [{ host: 'oauth2.googleapis.com', path: '/revoke' }],
      responseTypes: ['code', 'token'],
      granted: (t) => ({ access_token: t.access, ...expiry(t.ttl), ...(t.refresh ? { refresh_token: t.refresh } : {}), scope: t.scope, token_type: 'Bearer' }),
      failed: oauthError(),
    },
    {
      service: 'slack',
      authorize: [{ host: 'slack.com', path: '/oauth/v2/authorize' }],
      token: [{ host: 'slack.com', path: '/api/oauth.v2.access' }],
      // auth.revoke lives with the Web API methods (fakes/slack.ts).
      revoke: [],
      responseTypes: ['code'],
      // Token rotation is off: no refresh_token and no expires_in in the answer.
      granted: (t) => ({
        ok: true,
        app_id: 'A0SANDBOX',
        authed_user: { id: 'U01ALICE' },
        scope: t.scope,
        token_type: 'bot',
        access_token: t.access,
        ...(t.refresh ? { refresh_token: t.refresh } : {}),
        ...expiry(t.ttl),
        bot_user_id: 'U0SANDBOXBOT',
        team: { id: 'T0SANDBOX', name: 'Sandbox Workspace' },
        enterprise: null,
        is_enterprise_install: false,
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
      revoke: [
        { host: 'api.x.com', path: '/2/oauth2/revoke' },
        { host: 'api.twitter.com', path: '/2/oauth2/revoke' },
      ],
      responseTypes: ['code'],
      granted: (t) => ({ token_type: 'bearer', ...expiry(t.ttl), access_token: t.access, scope: t.scope, ...(t.refresh ? { refresh_token: t.refresh } : {}) }),
      // X answers a bad code or a spent refresh token with invalid_request ("Value passed for the token was invalid.").
      failed: oauthError({ code: 'invalid_request', verifier: 'invalid_request', refresh: 'invalid_request' }),
    },
    {
      service: 'gitlab',
      authorize: gitlabHosts.map((host) => ({ host, path: '/oauth/authorize' })),
      token: gitlabHosts.map((host) => ({ host, path: '/oauth/token' })),
      revoke: gitlabHosts.map((host) => ({ host, path: '/oauth/revoke' })),
      responseTypes: ['code'],
      granted: (t, now) => ({
        access_token: t.access,
        token_type: 'Bearer',
        ...expiry(t.ttl),
        ...(t.refresh ? { refresh_token: t.refresh } : {}),
        scope: t.scope,
        created_at: Math.floor(now / 1000),
      }),
      failed: oauthError(),
    },
    {
      service: 'zoom',
      authorize: [{ host: 'zoom.us', path: '/oauth/authorize' }],
      token: [{ host: 'zoom.us', path: '/oauth/token' }],
      revoke: [{ host: 'zoom.us', path: '/oauth/revoke' }],
      responseTypes: ['code'],
      granted: (t) => ({ access_token: t.access, token_type: 'bearer', ...(t.refresh ? { refresh_token: t.refresh } : {}), ...expiry(t.ttl), scope: t.scope }),
      failed: (why, description) =>
        json(STANDARD[why][0], {
          reason: description,
          error: why === 'client' ? 'invalid_client' : why === 'code' || why === 'refresh' ? 'invalid_grant' : 'invalid_request',
        }),
    },
  ];
}

export function oauth(state: State, gitlabHosts: readonly string[]): Service {
  const all = providers(gitlabHosts);
  const find = (req: SandboxRequest, kind: 'authorize' | 'token' | 'revoke'): Provider | undefined =>
    all.find((p) => p[kind].some((e) => e.host === req.host && e.path === req.path));
  const gitlabHostOf = (req: SandboxRequest): 'gitlab.com' | 'self-hosted' => (req.host === 'gitlab.com' ? 'gitlab.com' : 'self-hosted');
  const clientFor = (p: Provider, req: SandboxRequest, id: string | null | undefined): OAuthClient | undefined =>
    findClient(p.service, id, p.service === 'gitlab' ? gitlabHostOf(req) : undefined);
  return {
    hosts: [...new Set(all.flatMap((p) => [...p.authorize, ...p.token, ...p.revoke].map((e) => e.host)))],
    handle(req) {
      const authorizing = find(req, 'authorize');
      if (authorizing) return authorize(state, authorizing, req, clientFor(authorizing, req, req.query.get('client_id')));
      const exchanging = find(req, 'token');
      if (exchanging)
        return req.method === 'POST'
          ? token(state, exchanging, req, (id) => clientFor(exchanging, req, id))
          : exchanging.failed('request', 'The token endpoint takes POST.');
      const revoking = find(req, 'revoke');
      if (revoking)
        return req.method === 'POST'
          ? revoke(state, revoking, req, (id) => clientFor(revoking, req, id))
          : revoking.failed('request', 'The revoke endpoint takes POST.');
      return undefined;
    },
    fault(req, fault) {
      const authorizing = find(req, 'authorize');
      if (authorizing) return deny(state, authorizing, req, fault);
      if (!find(req, 'token') && !find(req, 'revoke')) return undefined;
      return json(fault.status, fault.body ?? { error: 'temporarily_unavailable', error_description: `Injected fault ${fault.status}.` }, retryHeaders(fault));
    },
  };
}

function errorPage(status: number, error: string, detail: string): SandboxResponse {
  return html(status, `<!doctype html><title>Authorization error</title><h1>Error ${status}: ${escapeHtml(error)}</h1><p>${escapeHtml(detail)}</p>`);
}

/** Sends the browser back: in the query for the code flow, in the fragment for Google's token flow. */
function back(redirectUri: string, values: Record<string, string>, state: string | null, fragment: boolean): SandboxResponse {
  const url = new URL(redirectUri);
  const all = new URLSearchParams(fragment ? '' : url.search);
  for (const [k, v] of Object.entries(values)) all.set(k, v);
  if (state !== null) all.set('state', state);
  if (fragment) url.hash = all.toString();
  else url.search = all.toString();
  return redirect(url.toString());
}

function authorize(state: State, p: Provider, req: SandboxRequest, client: OAuthClient | undefined): SandboxResponse {
  const q = req.query;
  const redirectUri = q.get('redirect_uri');
  // Without a known client or a registered redirect_uri the provider cannot send the user back: it shows an error page.
  if (!q.get('client_id')) return errorPage(400, 'invalid_request', 'Missing required parameter: client_id');
  if (!client) return errorPage(401, 'invalid_client', `The OAuth client was not found: ${q.get('client_id') ?? ''}`);
  if (!redirectAllowed(redirectUri) || !redirectUri)
    return errorPage(400, 'redirect_uri_mismatch', `The redirect URI is not registered for this client: ${redirectUri ?? '(none)'}`);
  const responseType = q.get('response_type') ?? '';
  const s = q.get('state');
  const fragment = responseType === 'token';
  const scope = q.get('scope') ?? '';
  const scopes = scope.split(/[\s,]+/).filter(Boolean);
  if (!p.responseTypes.includes(responseType)) return back(redirectUri, { error: 'unsupported_response_type' }, s, false);
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method') ?? 'plain';
  if (responseType === 'code' && client.kind === 'public' && !challenge) {
    return back(redirectUri, { error: 'invalid_request', error_description: 'code_challenge is required for this client (PKCE).' }, s, false);
  }
  if (challenge && method !== 'S256' && !(p.service === 'x' && method === 'plain')) {
    return back(redirectUri, { error: 'invalid_request', error_description: 'code_challenge_method must be S256.' }, s, false);
  }
  if (p.service === 'zoom') {
    const classic = scopes.filter((x) => !ZOOM_GRANULAR_SCOPES.includes(x));
    if (classic.length > 0)
      return back(redirectUri, { error: 'invalid_scope', error_description: `Invalid scope: ${classic.join(' ')}. This app uses granular scopes.` }, s, false);
  }
  let user: string | undefined;
  if (p.service === 'google') {
    const hint = q.get('login_hint');
    user = GOOGLE_USERS.some((u) => u.email === hint) ? (hint as string) : state.googleSignedIn;
    const key = `${user} ${client.clientId}`;
    const consented = state.googleConsents.get(key);
    const covered = consented !== undefined && scopes.every((x) => consented.has(x));
    if (q.get('prompt') === 'none' && !covered) {
      // Silent renewal needs an earlier consent by this user for this client.
      state.grants.push({ service: p.service, clientId: client.clientId, scope, redirectUri, outcome: 'denied', at: new Date(state.now()).toISOString() });
      return back(redirectUri, { error: 'interaction_required' }, s, fragment);
    }
    state.googleConsents.set(key, new Set([...(consented ?? []), ...scopes]));
  }
  state.grants.push({ service: p.service, clientId: client.clientId, scope, redirectUri, outcome: 'approved', at: new Date(state.now()).toISOString() });
  if (fragment) {
    // The implicit flow: a one-hour access token in the fragment and no refresh token (apis.md C).
    const t = state.tokens.issue('google', { scope, clientId: client.clientId, ...(user ? { user } : {}), ttl: client.accessTtl ?? 3600, withRefresh: false });
    return back(redirectUri, { access_token: t.access, token_type: 'Bearer', expires_in: String((client.accessTtl ?? 3600) - 1), scope }, s, true);
  }
  const code = randomBytes(24).toString('base64url');
  const offline =
    client.refresh !== 'none' && (p.service === 'google' ? q.get('access_type') === 'offline' : p.service === 'x' ? scopes.includes('offline.access') : true);
  state.oauthCodes.set(code, {
    service: p.service,
    clientId: client.clientId,
    redirectUri,
    ...(challenge ? { challenge: method === 'S256' ? challenge : createHash('sha256').update(challenge).digest('base64url') } : {}),
    scope,
    ...(user ? { user } : {}),
    ...(p.service === 'gitlab' ? { host: req.host } : {}),
    offline,
  });
  return back(redirectUri, { code }, s, false);
}

function deny(state: State, p: Provider, req: SandboxRequest, fault: Fault): SandboxResponse {
  const redirectUri = req.query.get('redirect_uri');
  if (!redirectUri || !URL.canParse(redirectUri)) return errorPage(400, 'invalid_request', 'Missing or invalid parameter: redirect_uri');
  const error = typeof fault.body === 'object' && fault.body !== null && 'error' in fault.body ? String(fault.body.error) : 'access_denied';
  state.grants.push({
    service: p.service,
    clientId: req.query.get('client_id') ?? '',
    scope: req.query.get('scope') ?? '',
    redirectUri,
    outcome: 'denied',
    at: new Date(state.now()).toISOString(),
  });
  return back(redirectUri, { error }, req.query.get('state'), req.query.get('response_type') === 'token');
}

/** client_id and client_secret from the form, or from HTTP Basic as confidential clients send them. */
function credentials(req: SandboxRequest, form: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = /^Basic\s+(.+)$/i.exec(header(req, 'authorization') ?? '');
  if (basic?.[1]) {
    const [id = '', secret = ''] = Buffer.from(basic[1], 'base64').toString().split(':');
    return { id, secret };
  }
  return { id: form.get('client_id'), secret: form.get('client_secret') };
}

function token(state: State, p: Provider, req: SandboxRequest, clientOf: (id: string | null) => OAuthClient | undefined): SandboxResponse {
  const form = params(req);
  const { id, secret } = credentials(req, form);
  const client = clientOf(id);
  if (!client) return p.failed('client', 'The OAuth client was not found.');
  // A "Web application" client must authenticate, even with PKCE (apis.md: 400 invalid_request "client_secret is missing.").
  if (client.clientSecret !== undefined) {
    if (secret === null || secret === '') return p.failed('secret_missing', 'client_secret is missing.');
    if (secret !== client.clientSecret) return p.failed('client', 'Unauthorized');
  }
  const grantType = form.get('grant_type');
  const now = state.now();
  if (grantType === 'refresh_token') {
    const refreshToken = form.get('refresh_token') ?? '';
    const found = state.tokens.liveRefresh(p.service, refreshToken);
    if (!found || found.clientId !== client.clientId || (found.host !== undefined && found.host !== req.host)) {
      return p.failed('refresh', 'Value passed for the token was invalid.');
    }
    // GitLab's refresh request carries the redirect_uri of the authorization (docs.gitlab.com/api/oauth2,
    // "Authorization code with PKCE", step 3). The same docs show code_verifier there too, but GitLab does
    // not check it on refresh (gitlab-org/gitlab#578717: "refresh token grants … do not use code_verifier"),
    // so the sandbox accepts the request with or without it.
    if (p.service === 'gitlab' && form.get('redirect_uri') !== found.redirectUri) {
      return p.failed(
        'redirect',
        'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
      );
    }
    if (client.refresh === 'rotate') {
      // Rotation: the old refresh token stops working. GitLab also ends the old access token
      // ("Invalidates the existing access_token and refresh_token", docs.gitlab.com/api/oauth2).
      if (p.service === 'gitlab') state.tokens.revokeGrant(found.grant);
      else state.tokens.revoke(refreshToken);
    }
    const issued = state.tokens.issue(p.service, {
      scope: found.scope,
      clientId: client.clientId,
      ...(found.user ? { user: found.user } : {}),
      ...(found.host ? { host: found.host } : {}),
      ...(client.accessTtl !== undefined ? { ttl: client.accessTtl } : {}),
      withRefresh: client.refresh === 'rotate',
      ...(found.redirectUri ? { redirectUri: found.redirectUri } : {}),
      grant: found.grant,
    });
    // Google keeps the same refresh token and does not send it again.
    return json(
      200,
      p.granted(
        {
          access: issued.access,
          ...(issued.refresh ? { refresh: issued.refresh } : {}),
          scope: found.scope,
          ...(client.accessTtl !== undefined ? { ttl: client.accessTtl } : {}),
        },
        now,
      ),
    );
  }
  if (grantType !== 'authorization_code') return p.failed('grant_type', `Unsupported grant_type: ${grantType ?? '(none)'}.`);
  const code = form.get('code') ?? '';
  const pending = state.oauthCodes.get(code);
  if (!pending || pending.service !== p.service || (pending.host !== undefined && pending.host !== req.host)) {
    return p.failed('code', 'The authorization code is invalid, expired or already used.');
  }
  // A code is single-use even when the exchange fails, as providers do.
  state.oauthCodes.delete(code);
  if (client.clientId !== pending.clientId) return p.failed('code', 'The authorization code was issued to another client.');
  if (form.get('redirect_uri') !== pending.redirectUri) return p.failed('redirect', 'redirect_uri does not match the authorization request.');
  const verifier = form.get('code_verifier');
  if (pending.challenge !== undefined || client.kind === 'public') {
    if (!verifier || createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
      return p.failed('verifier', 'The code_verifier does not match the code_challenge.');
    }
  }
  const issued = state.tokens.issue(p.service, {
    scope: pending.scope,
    clientId: client.clientId,
    ...(pending.user ? { user: pending.user } : {}),
    ...(pending.host ? { host: pending.host } : {}),
    ...(client.accessTtl !== undefined ? { ttl: client.accessTtl } : {}),
    withRefresh: pending.offline,
    redirectUri: pending.redirectUri,
  });
  state.grants.push({
    service: p.service,
    clientId: pending.clientId,
    scope: pending.scope,
    redirectUri: pending.redirectUri,
    outcome: 'exchanged',
    at: new Date(now).toISOString(),
  });
  return json(
    200,
    p.granted(
      {
        access: issued.access,
        ...(issued.refresh ? { refresh: issued.refresh } : {}),
        scope: pending.scope,
        ...(client.accessTtl !== undefined ? { ttl: client.accessTtl } : {}),
      },
      now,
    ),
  );
}

/**
 * Revocation as each provider documents it:
 * - Google `POST oauth2.googleapis.com/revoke` with `token=` (developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke):
 *   200, the whole grant ends; an unknown token is 400 invalid_token.
 * - X `POST /2/oauth2/revoke` with token and client_id (docs.x.com, OAuth 2.0 authorization code): 200 `{"revoked":true}`.
 * - GitLab `POST /oauth/revoke` with token and client_id (docs.gitlab.com/api/oauth2, "Revoke a token"): 200 `{}`.
 * - Zoom `POST zoom.us/oauth/revoke?token=` is documented only with `Authorization: Basic base64(client_id:client_secret)`
 *   (Zoom's OAuth docs, "Revoking an access token"); the public PKCE client has no secret, so it cannot revoke: 401 invalid_client.
 */
function revoke(state: State, p: Provider, req: SandboxRequest, clientOf: (id: string | null) => OAuthClient | undefined): SandboxResponse {
  const form = params(req);
  const tokenValue = form.get('token') ?? '';
  const info = state.tokens.info(tokenValue);
  if (p.service === 'zoom') {
    const { id, secret } = credentials(req, new URLSearchParams());
    const client = clientOf(id);
    if (!client || client.clientSecret === undefined || secret !== client.clientSecret) {
      return json(401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    }
  }
  if (p.service === 'x' || p.service === 'gitlab') {
    if (!clientOf(credentials(req, form).id)) return p.failed('client', 'The OAuth client was not found.');
  }
  if (
    p.service === 'google' &&
    (!info ||
      state.tokens.check('google', info.kind === 'access' ? tokenValue : undefined) === 'revoked' ||
      (info.kind === 'refresh' && !state.tokens.liveRefresh('google', tokenValue)))
  ) {
    return json(400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
  }
  if (info) state.tokens.revokeGrant(info.grant);
  else state.tokens.revoke(tokenValue);
  return json(200, p.service === 'x' ? { revoked: true } : {});
}
