// Chrome's own Google sign-in: `chrome.identity.getAuthToken` with the manifest's `oauth2`
// client (a "Chrome extension" client, which has no secret). Chrome caches and renews the token.
// Only Google Chrome has it working: Edge and Brave ship the function but it does not work there
// (apis.md §C, [X3]), Debian's Chromium has no Google API keys, and Firefox has no such call.
import { AppError } from '../core/errors';
import { GOOGLE_SCOPES, PROVIDERS } from './providers';
import type { StoredToken } from './vault';

/** Sign-in windows can wait on a person; a silent call that hangs must not block a step forever. */
const SILENT_TIMEOUT_MS = 15_000;

/**
 * The Firefox build leaves Chrome's sign-in out altogether (dead code once MODE is known), so
 * nothing in it names an API Firefox lacks (web-ext lint's UNSUPPORTED_API).
 */
const FIREFOX = import.meta.env.MODE === 'firefox';

export function hasChromeGoogleSignIn(): boolean {
  if (FIREFOX) return false;
  const identity = (globalThis as { chrome?: typeof chrome }).chrome?.identity;
  if (typeof identity?.getAuthToken !== 'function') return false;
  const clientId = chrome.runtime.getManifest().oauth2?.client_id ?? '';
  if (!clientId || clientId.startsWith('REPLACE')) return false;
  const brands = (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } }).userAgentData?.brands ?? [];
  return brands.some((b) => b.brand === 'Google Chrome');
}

export async function chromeGoogleToken(interactive: boolean): Promise<StoredToken> {
  if (FIREFOX) throw new AppError('denied', 'This browser has no Chrome sign-in: reconnect Google.');
  const call = chrome.identity.getAuthToken({ interactive, scopes: GOOGLE_SCOPES });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('Chrome did not answer in time')), interactive ? 5 * 60_000 : SILENT_TIMEOUT_MS),
  );
  let result: chrome.identity.GetAuthTokenResult;
  try {
    result = await Promise.race([call, timeout]);
  } catch (err) {
    throw new AppError(
      interactive ? 'denied' : 'unauthorized',
      `Google sign-in through Chrome did not complete (${(err as Error).message}): reconnect Google.`,
    );
  }
  if (!result.token) throw new AppError('denied', 'Chrome returned no Google token.');
  return { accessToken: result.token, obtainedAt: new Date().toISOString(), kind: 'oauth', flow: 'chrome', apiOrigins: PROVIDERS.google.apiOrigins };
}

/** After a 401: Chrome would otherwise hand back the same dead token from its cache. */
export async function dropChromeGoogleToken(token: string): Promise<void> {
  if (FIREFOX) return;
  await chrome.identity.removeCachedAuthToken({ token }).catch(() => undefined);
}
