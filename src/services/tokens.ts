import browser from 'webextension-polyfill';
import type { ServiceId } from '../messages';

export interface StoredToken {
  accessToken: string;
  refreshToken?: string;
  /** epoch ms; absent when the provider did not say */
  expiresAt?: number;
  obtainedAt: string;
  /** 'token' when the person pasted a personal access token instead of signing in */
  kind?: 'oauth' | 'token';
  /** Google only: Chrome's getAuthToken, or the token response of launchWebAuthFlow */
  flow?: 'chrome' | 'google-token';
  /** the origins this token may be sent to (its issuer's APIs); nothing else ever receives it */
  apiOrigins?: string[];
  /** the client and token endpoint that issued it, so a renewal goes back to the same issuer */
  clientId?: string;
  tokenUrl?: string;
  /** GitLab's documented refresh request repeats the PKCE verifier */
  verifier?: string;
  /** the Google account, for silent renewal (login_hint) */
  account?: string;
}

// Tokens live in the worker's storage area under one key. Only the worker reads it: pages and
// content scripts ask the worker by message and never see a token.
const KEY = 'tokens';

type TokenTable = Partial<Record<ServiceId, StoredToken>>;

async function readAll(): Promise<TokenTable> {
  const stored = await browser.storage.local.get(KEY);
  return (stored[KEY] as TokenTable | undefined) ?? {};
}

export async function getToken(service: ServiceId): Promise<StoredToken | undefined> {
  return (await readAll())[service];
}

export async function listTokens(): Promise<TokenTable> {
  return readAll();
}

export async function saveToken(service: ServiceId, token: StoredToken): Promise<void> {
  const all = await readAll();
  await browser.storage.local.set({ [KEY]: { ...all, [service]: token } });
}

export async function forgetToken(service: ServiceId): Promise<void> {
  const all = await readAll();
  delete all[service];
  await browser.storage.local.set({ [KEY]: all });
}
