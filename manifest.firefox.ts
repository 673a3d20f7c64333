// Firefox gets the same manifest, derived here rather than kept as a second copy that would drift.
// What differs, and why (sources: MDN "manifest.json" key pages and "Browser support for
// JavaScript APIs"; Firefox Extension Workshop "Firefox built-in consent for data collection"):
// - background: Firefox's MV3 background is an event page (`background.scripts`), it has no
//   extension service workers; crxjs 3 writes its loader there with `browser: 'firefox'`.
// - `offscreen` does not exist on Firefox (the event page has a DOM and runs redaction itself),
//   nor do `key`, `minimum_chrome_version` and `oauth2` (Chrome's getAuthToken, absent on Firefox).
// - browser_specific_settings.gecko: a fixed id keeps the add-on's storage and its OAuth redirect
//   URL (`https://<sha1 of the id>.extensions.allizom.org/`) the same on every install;
//   strict_min_version 140 is the ESR that first knows `data_collection_permissions` (Android: 142).
// - `use_dynamic_url` is Chrome-only (crxjs drops it for Firefox).
import base from './manifest.json' with { type: 'json' };

export const GECKO_ID = 'incident-desk@example.com';
export const FIREFOX_MIN_VERSION = '140.0';

type Manifest = typeof base & Record<string, unknown>;

export function firefoxManifest(manifest: Manifest = base): Record<string, unknown> {
  const { key: _key, minimum_chrome_version: _min, oauth2: _oauth2, background, permissions, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    permissions: permissions.filter((p) => p !== 'offscreen'),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Incident Desk sends what people type about an incident (doc text, Slack posts, tweets) to
        // the services they connect, and holds their sign-ins: declared as Firefox asks.
        data_collection_permissions: { required: ['websiteContent', 'personalCommunications', 'authenticationInfo'] },
      },
      // Firefox for Android knows data_collection_permissions from 142 (web-ext lint says so).
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
