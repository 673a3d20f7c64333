// Signing in to each provider as it really allows a browser extension to, with no client secret
// anywhere: authorization code + PKCE at public clients, and Google's own two ways (see
// providers.ts). Renewal is single-flight, because a refresh token that rotates may be spent once.
import browser from 'webextension-polyfill';
import type { ServiceId } from '../core/service-id';
import { AppError } from '../core/errors';
import { gitlabProvider, PROVIDERS, type CodeFlowProvider, type GoogleProvider, type OAuthProvider } from './providers';
import { randomToken, s256Challenge } from './pkce';
import { forgetToken, getToken, saveToken, type StoredToken } from './vault';
import { chromeGoogleToken, dropChromeGoogleToken, hasChromeGoogleSignIn } from './google-chrome-auth';

interface TokenResponse {
  ok?: boolean;
  error?: string;
  error_description?: string;
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  /** Slack: the member who signed in */
  authed_user?: { id?: string };
}

/** Renew this long before expiry, so a call in flight does not meet an expired token. */
export const RENEW_MARGIN_MS = 5 * 60_000;

/** The provider for a service; GitLab depends on which instance the team's settings name. */
export function providerFor(service: ServiceId, gitlab?: { instanceUrl: string; oauthClientId: string }): OAuthProvider {
  if (service === 'gitlab' && gitlab) return gitlabProvider(gitlab.instanceUrl, gitlab.oauthClientId);
  return PROVIDERS[service];
}

/** Sign in interactively and keep the token in the worker. */
export async function connect(service: ServiceId, gitlab?: { instanceUrl: string; oauthClientId: string }): Promise<StoredToken> {
  const provider = providerFor(service, gitlab);
  if (provider.flow === 'google') {
    const token = hasChromeGoogleSignIn() ? await chromeGoogleToken(true) : await googleTokenFlow(provider, true);
    await saveToken(service, token);
    return token;
  }
  if (!provider.clientId) {
    throw new AppError(
      'invalid',
      `Signing in to ${provider.label} needs that instance's own OAuth application: set its client id in settings, or paste a personal access token.`,
    );
  }
  return codeFlow(service, provider);
}

async function launch(url: URL, interactive: boolean, label: string): Promise<URL> {
  let finalUrl: string;
  try {
    finalUrl = await browser.identity.launchWebAuthFlow({ url: url.toString(), interactive });
  } catch (err) {
    throw new AppError(interactive ? 'denied' : 'unauthorized', `${label} sign-in did not complete: ${(err as Error).message}`);
  }
  return new URL(finalUrl);
}

async function codeFlow(service: ServiceId, provider: CodeFlowProvider): Promise<StoredToken> {
  const redirectUri = browser.identity.getRedirectURL();
  const verifier = randomToken(48);
  const state = randomToken(16);
  const url = new URL(provider.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: redirectUri,
    scope: provider.scopes.join(' '),
    state,
    code_challenge: await s256Challenge(verifier),
    code_challenge_method: 'S256',
    ...provider.extraAuthorizeParams,
  }).toString();
  const back = (await launch(url, true, provider.label)).searchParams;
  const error = back.get('error');
  if (error) throw new AppError('denied', `${provider.label} sign-in was refused (${error}).`);
  if (back.get('state') !== state) throw new AppError('denied', `${provider.label} sign-in answered for another request; try again.`);
  const code = back.get('code');
  if (!code) throw new AppError('denied', `${provider.label} sign-in returned no authorization code.`);
  const form = { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier, client_id: provider.clientId };
  return redeem(service, provider, form, { verifier });
}

/** Asks the provider's token endpoint for a token and keeps it. */
async function redeem(
  service: ServiceId,
  provider: CodeFlowProvider,
  form: Record<string, string>,
  keep: { verifier?: string; previous?: StoredToken },
): Promise<StoredToken> {
  let response: Response;
  try {
    response = await fetch(provider.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });
  } catch {
    throw new AppError('network', `Could not reach ${provider.label} to sign in. Check the network and try again.`);
  }
  const body = (await response.json().catch(() => ({}))) as TokenResponse;
  // Slack answers 200 with ok:false; the others use HTTP status codes.
  if (!response.ok || body.ok === false || !body.access_token) {
    const why = body.error_description ?? body.error ?? `HTTP ${response.status}`;
    if (keep.previous) {
      if (response.status >= 500)
        throw new AppError('network', `${provider.label} could not renew the sign-in just now (${why}); retrying.`, 30, response.status);
      throw new AppError('unauthorized', `${provider.label} would not renew the sign-in (${why}): reconnect ${provider.label}.`);
    }
    throw new AppError('denied', `${provider.label} did not issue a token: ${why}.`);
  }
  // A rotating provider's answer replaces both tokens; one that sends no new refresh token keeps the old.
  const refreshToken = body.refresh_token ?? keep.previous?.refreshToken;
  const verifier = keep.verifier ?? keep.previous?.verifier;
  const token: StoredToken = {
    accessToken: body.access_token,
    obtainedAt: new Date().toISOString(),
    kind: 'oauth',
    apiOrigins: provider.apiOrigins,
    clientId: provider.clientId,
    tokenUrl: provider.tokenUrl,
    ...(refreshToken ? { refreshToken } : {}),
    ...(verifier && provider.refreshNeedsRedirectUri ? { verifier } : {}),
    ...(body.expires_in ? { expiresAt: Date.now() + body.expires_in * 1000 } : {}),
    ...(body.authed_user?.id ? { account: body.authed_user.id } : keep.previous?.account ? { account: keep.previous.account } : {}),
  };
  await saveToken(service, token);
  return token;
}

/** Google's token (implicit) response: no secret, no refresh token; renewed with prompt=none. */
async function googleTokenFlow(provider: GoogleProvider, interactive: boolean, loginHint?: string): Promise<StoredToken> {
  const state = randomToken(16);
  const url = new URL(provider.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'token',
    client_id: provider.clientId,
    redirect_uri: browser.identity.getRedirectURL(),
    scope: provider.scopes.join(' '),
    state,
    include_granted_scopes: 'true',
    ...(interactive ? {} : { prompt: 'none' }),
    ...(loginHint ? { login_hint: loginHint } : {}),
  }).toString();
  // The token response comes in the fragment; an error before the grant may come in the query.
  const returned = await launch(url, interactive, provider.label);
  const back = new URLSearchParams(returned.hash.slice(1));
  for (const [k, v] of returned.searchParams) if (!back.has(k)) back.set(k, v);
  const error = back.get('error');
  if (error) {
    if (!interactive) throw new AppError('unauthorized', `Google wants you to sign in again (${error}): reconnect Google.`);
    throw new AppError('denied', `Google sign-in was refused (${error}).`);
  }
  if (back.get('state') !== state) throw new AppError('denied', 'Google sign-in answered for another request; try again.');
  const accessToken = back.get('access_token');
  if (!accessToken) throw new AppError('denied', 'Google sign-in returned no access token.');
  const expiresIn = Number(back.get('expires_in') ?? '3600');
  return {
    accessToken,
    obtainedAt: new Date().toISOString(),
    kind: 'oauth',
    flow: 'google-token',
    apiOrigins: provider.apiOrigins,
    expiresAt: Date.now() + expiresIn * 1000,
    ...(loginHint ? { account: loginHint } : {}),
  };
}

const renewing = new Map<ServiceId, Promise<StoredToken>>();

/**
 * A fresh access token. Single-flight: every caller that finds the token expired waits for the
 * same renewal, so a refresh token that rotates is spent once, not once per caller.
 */
export function renew(service: ServiceId, stale: StoredToken, refused = false): Promise<StoredToken> {
  const running = renewing.get(service);
  if (running) return running;
  const run = (async () => {
    const current = await getToken(service);
    // Another caller (or a worker before this one) may have renewed it already; a token renewed
    // because it was due is fresh enough, one the provider refused must be replaced whatever its age.
    if (current && (current.accessToken !== stale.accessToken || (!refused && !dueForRenewal(current)))) return current;
    return renewNow(service, current ?? stale);
  })().finally(() => renewing.delete(service));
  renewing.set(service, run);
  return run;
}

async function renewNow(service: ServiceId, token: StoredToken): Promise<StoredToken> {
  const label = PROVIDERS[service].label;
  if (token.flow === 'chrome') {
    await dropChromeGoogleToken(token.accessToken);
    const fresh = await chromeGoogleToken(false);
    await saveToken(service, fresh);
    return fresh;
  }
  if (token.flow === 'google-token') {
    const fresh = await googleTokenFlow(PROVIDERS.google as GoogleProvider, false, token.account);
    await saveToken(service, fresh);
    return fresh;
  }
  if (!token.refreshToken || !token.tokenUrl || !token.clientId) throw new AppError('unauthorized', `${label} sign-in expired: reconnect ${label}.`);
  const provider = { ...(PROVIDERS[service] as CodeFlowProvider), tokenUrl: token.tokenUrl, clientId: token.clientId, apiOrigins: token.apiOrigins ?? [] };
  const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: token.refreshToken, client_id: token.clientId };
  if (provider.refreshNeedsRedirectUri) {
    // GitLab: "the refresh request includes redirect_uri" (docs.gitlab.com/api/oauth2, PKCE). Its
    // example also sends code_verifier, which GitLab ignores on refresh (gitlab-org/gitlab#578717).
    form['redirect_uri'] = browser.identity.getRedirectURL();
    if (token.verifier) form['code_verifier'] = token.verifier;
  }
  return redeem(service, provider, form, { previous: token });
}

/** Is this token due for renewal? Tokens with no stated expiry are used until refused. */
export function dueForRenewal(token: StoredToken, now = Date.now()): boolean {
  return token.expiresAt !== undefined && now > token.expiresAt - RENEW_MARGIN_MS && (Boolean(token.refreshToken) || token.flow === 'google-token');
}

/**
 * Disconnect: revoke the token with its provider where a public client can, then forget it. A
 * personal access token is the person's own and is only forgotten. A revocation that fails
 * (offline) still forgets the token here and says so.
 */
export async function disconnect(service: ServiceId): Promise<{ revoked: boolean }> {
  const token = await getToken(service);
  await forgetToken(service);
  if (!token || token.kind === 'token') return { revoked: false };
  try {
    return { revoked: await revoke(service, token) };
  } catch {
    return { revoked: false };
  }
}

async function revoke(service: ServiceId, token: StoredToken): Promise<boolean> {
  const post = (url: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form) });
  const provider = PROVIDERS[service];
  if (service === 'google') {
    if (token.flow === 'chrome') await dropChromeGoogleToken(token.accessToken);
    return (await post((provider as GoogleProvider).revokeUrl, { token: token.accessToken })).ok;
  }
  if (service === 'slack') {
    // auth.revoke takes the token itself as its credential (api.slack.com/methods/auth.revoke).
    const response = await post((provider as CodeFlowProvider).revokeUrl!, {}, { authorization: `Bearer ${token.accessToken}` });
    return ((await response.json().catch(() => ({}))) as { ok?: boolean }).ok === true;
  }
  if (service === 'x') {
    const url = (provider as CodeFlowProvider).revokeUrl!;
    const clientId = token.clientId ?? (provider as CodeFlowProvider).clientId;
    // Revoke the refresh token too, or it could mint new access tokens after we forgot it.
    if (token.refreshToken) await post(url, { token: token.refreshToken, token_type_hint: 'refresh_token', client_id: clientId });
    return (await post(url, { token: token.accessToken, token_type_hint: 'access_token', client_id: clientId })).ok;
  }
  if (service === 'gitlab') {
    // The instance that issued it: its revoke endpoint sits beside its token endpoint.
    const tokenUrl = token.tokenUrl ?? (provider as CodeFlowProvider).tokenUrl;
    const url = tokenUrl.replace(/\/oauth\/token$/, '/oauth/revoke');
    return (await post(url, { token: token.refreshToken ?? token.accessToken, client_id: token.clientId ?? (provider as CodeFlowProvider).clientId })).ok;
  }
  // Zoom's revoke endpoint authenticates the app with its client secret (Basic auth), which a
  // public client has none of: the person removes the app under Zoom's "Added apps" instead.
  return false;
}
