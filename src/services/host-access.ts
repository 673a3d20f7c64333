// Host permissions are not a given: Firefox lets the person refuse or revoke each host of an MV3
// add-on at any time (MDN, "host_permissions": "users can grant or revoke host permissions on an
// ad hoc basis"; Firefox 127+ asks at install), and Chrome can be set to "on click". So every call
// checks its host first and fails with what to do, rather than with an opaque network error; the
// popup shows the missing hosts and asks for them from a click (permissions.request needs a user
// gesture).
import browser from 'webextension-polyfill';
import { AppError } from '../core/errors';

export const hostPattern = (url: string): string => `${new URL(url).origin}/*`;

export async function ensureHostAccess(url: string): Promise<void> {
  if (await browser.permissions.contains({ origins: [hostPattern(url)] })) return;
  throw new AppError('denied', `Incident Desk may not reach ${new URL(url).host}: open the Incident Desk popup and press "Grant access", then retry.`);
}

/**
 * The manifest's hosts (APIs, and the pages its content scripts run on) this browser does not let
 * Incident Desk reach now. Chrome's `permissions.contains` answers false for a content script's
 * match pattern even while the script runs there; `getAll` lists it as granted.
 */
export async function missingHosts(): Promise<string[]> {
  const manifest = browser.runtime.getManifest();
  const wanted = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
  const listed = new Set((await browser.permissions.getAll()).origins ?? []);
  const granted = await Promise.all(wanted.map((origin) => listed.has(origin) || browser.permissions.contains({ origins: [origin] })));
  return wanted.filter((_, i) => !granted[i]);
}
