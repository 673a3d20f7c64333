// Secrets (OAuth tokens, personal access tokens, the Slack webhook URL) live in the extension
// origin's IndexedDB, which only the extension's own pages and worker can open: content scripts
// run in the page's origin and cannot reach it, on Chrome and on Firefox alike (where a content
// script can read all of storage.local, and storage.local.setAccessLevel does not exist).
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import browser from 'webextension-polyfill';
import type { ServiceId } from '../core/service-id';
import { VAULT_DB, VAULT_STORE } from './vault-names';

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
  /** who signed in: the Google account's email (also the login_hint of a silent renewal), the Slack member id */
  account?: string;
}

const WEBHOOK = 'slack-webhook';

let vault: UseStore | undefined;
let migrated: Promise<void> | undefined;
const store = () => (vault ??= createStore(VAULT_DB, VAULT_STORE));

type TokenTable = Partial<Record<ServiceId, StoredToken>>;

/** Versions before the vault kept tokens and the webhook in storage.local: move them, once. */
function migrate(): Promise<void> {
  migrated ??= (async () => {
    const old = await browser.storage.local.get(['tokens', 'slackWebhook']);
    const tokens = (old['tokens'] ?? {}) as TokenTable;
    for (const [service, token] of Object.entries(tokens)) if (token) await set(`token:${service}`, token, store());
    if (typeof old['slackWebhook'] === 'string') await set(WEBHOOK, old['slackWebhook'], store());
    if ('tokens' in old || 'slackWebhook' in old) await browser.storage.local.remove(['tokens', 'slackWebhook']);
  })();
  return migrated;
}

export async function getToken(service: ServiceId): Promise<StoredToken | undefined> {
  await migrate();
  return get<StoredToken>(`token:${service}`, store());
}

export async function listTokens(): Promise<TokenTable> {
  await migrate();
  const all = await entries<string, StoredToken>(store());
  return Object.fromEntries(all.filter(([k]) => k.startsWith('token:')).map(([k, v]) => [k.slice('token:'.length), v]));
}

export async function saveToken(service: ServiceId, token: StoredToken): Promise<void> {
  await migrate();
  await set(`token:${service}`, token, store());
}

export async function forgetToken(service: ServiceId): Promise<void> {
  await migrate();
  await del(`token:${service}`, store());
}

export async function getWebhook(): Promise<string | undefined> {
  await migrate();
  return get<string>(WEBHOOK, store());
}

export async function saveWebhook(url: string | undefined): Promise<void> {
  await migrate();
  await (url === undefined ? del(WEBHOOK, store()) : set(WEBHOOK, url, store()));
}
