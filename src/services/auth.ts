import browser from 'webextension-polyfill';
import type { ServiceId } from '../messages';
import { AppError } from '../background/errors';
import { PROVIDERS } from './providers';
import { randomToken, s256Challenge } from './pkce';
import { saveToken, type StoredToken } from './tokens';

interface TokenResponse {
  ok?: boolean;
  error?: string;
  error_description?: string;
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
}

/** Sign in to a service with the authorization-code flow and PKCE, and keep the token in the worker. */
export async function connect(service: ServiceId): Promise<StoredToken> {
  const provider = PROVIDERS[service];
  const { clientId } = provider;
  const redirectUri = browser.identity.getRedirectURL();
  const verifier = randomToken(48);
  const state = randomToken(16);
  const url = new URL(provider.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: provider.scopes.join(' '),
    state,
    code_challenge: await s256Challenge(verifier),
    code_challenge_method: 'S256',
    ...provider.extraAuthorizeParams,
  }).toString();

  let finalUrl: string;
  try {
    finalUrl = await browser.identity.launchWebAuthFlow({ url: url.toString(), interactive: true });
  } catch (err) {
    throw new AppError('denied', `${provider.label} sign-in did not complete: ${(err as Error).message}`);
  }
  const back = new URL(finalUrl).searchParams;
  const error = back.get('error');
  if (error) throw new AppError('denied', `${provider.label} sign-in was refused (${error}).`);
  if (back.get('state') !== state) throw new AppError('denied', `${provider.label} sign-in answered for another request; try again.`);
  const code = back.get('code');
  if (!code) throw new AppError('denied', `${provider.label} sign-in returned no authorization code.`);

  return redeem(service, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier, client_id: clientId });
}

/** Asks the provider's token endpoint for a token and keeps it. */
async function redeem(service: ServiceId, form: Record<string, string>, previous?: StoredToken): Promise<StoredToken> {
  const provider = PROVIDERS[service];
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
    if (previous) throw new AppError('unauthorized', `${provider.label} would not renew the sign-in (${why}): reconnect ${provider.label}.`);
    throw new AppError('denied', `${provider.label} did not issue a token: ${why}.`);
  }
  const refreshToken = body.refresh_token ?? previous?.refreshToken;
  const token: StoredToken = {
    accessToken: body.access_token,
    obtainedAt: new Date().toISOString(),
    ...(refreshToken ? { refreshToken } : {}),
    ...(body.expires_in ? { expiresAt: Date.now() + body.expires_in * 1000 } : {}),
  };
  await saveToken(service, token);
  return token;
}

/** A fresh access token from the refresh token, so an incident longer than an hour keeps working. */
export async function renew(service: ServiceId, token: StoredToken): Promise<StoredToken> {
  if (!token.refreshToken) throw new AppError('unauthorized', `${PROVIDERS[service].label} sign-in expired: reconnect ${PROVIDERS[service].label}.`);
  return redeem(service, { grant_type: 'refresh_token', refresh_token: token.refreshToken, client_id: PROVIDERS[service].clientId }, token);
}
