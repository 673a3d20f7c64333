// The popup's side of host access (services/host-access.ts is the worker's): which of the
// manifest's hosts this browser does not let Incident Desk reach now.
import browser from 'webextension-polyfill';

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
