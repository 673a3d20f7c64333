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
