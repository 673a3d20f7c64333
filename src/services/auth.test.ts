// Sign-in and renewal against the sandbox's OAuth providers, which follow the real ones (no
// secret-less code exchange at Google, rotating refresh tokens, GitLab's redirect_uri on refresh).
// The browser's identity API is stood in for by following the provider's redirects, as the auth
// window would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSandbox } from '../../test/sandbox/sandbox-fixture';
import { AppError } from '../core/errors';
import { connect, disconnect } from './auth';
import { apiFetch } from './http';
import { forgetToken, getToken, saveToken } from './vault';

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

const browserState = vi.hoisted(() => ({
  storage: new Map<string, unknown>(),
  flows: [] as { url: string; interactive: boolean }[],
  fetch: undefined as undefined | typeof fetch,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    // The manifest's hosts, granted as at install.
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => {
        const installed: string[] = (await import('../../manifest.json')).default.host_permissions;
        return origins.every((o) => installed.includes(o));
      },
    },
    storage: {
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => browserState.storage.has(k))
              .map((k) => [k, structuredClone(browserState.storage.get(k))]),
          ),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) browserState.storage.set(k, structuredClone(v));
        },
        remove: async () => undefined,
      },
    },
    identity: {
      getRedirectURL: () => REDIRECT,
      // The auth window: follow the provider's redirects until it sends the browser back to us.
      launchWebAuthFlow: async ({ url, interactive }: { url: string; interactive: boolean }) => {
        browserState.flows.push({ url, interactive });
        let next = url;
        for (let hop = 0; hop < 10; hop++) {
          if (next.startsWith(REDIRECT)) return next;
          const response = await browserState.fetch!(next, { redirect: 'manual' });
          const location = response.headers.get('location');
          if (!location) throw new Error(`Authorization page did not redirect (HTTP ${response.status})`);
          next = new URL(location, next).toString();
        }
        throw new Error('too many redirects');
      },
    },
  },
}));

const sandbox = useSandbox();
/** Every request the code sent, with its body, to check what went where. */
let sent: { url: string; body: string }[] = [];

beforeAll(() => {
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push({ url: request.url, body: request.body ? await request.clone().text() : '' });
    return sandbox().fetch(request);
  };
  browserState.fetch = sandbox().fetch;
  vi.stubGlobal('fetch', recording);
});

beforeEach(async () => {
  for (const service of ['google', 'slack', 'x', 'gitlab', 'zoom'] as const) await forgetToken(service);
  browserState.flows = [];
  sent = [];
});

const tokenRequests = (host: string) => sent.filter((s) => s.url.startsWith(`https://${host}/`) && /\/token$/.test(new URL(s.url).pathname));

describe('Google', () => {
  it('signs in with the token response: no code exchange, no secret, an hour-long token', async () => {
    const token = await connect('google');
    const [flow] = browserState.flows;
    expect(new URL(flow!.url).searchParams.get('response_type')).toBe('token');
    expect(tokenRequests('oauth2.googleapis.com')).toEqual([]);
    expect(token.refreshToken).toBeUndefined();
    expect(token.expiresAt! - Date.now()).toBeGreaterThan(55 * 60_000);
    // the token really works against the Docs API
    const { documentId } = sandbox().createDoc({ title: 'Signed in', text: 'Timeline' });
    await expect(apiFetch('google', `https://docs.googleapis.com/v1/documents/${documentId}`)).resolves.toHaveProperty('ok', true);
  });

  it('renews silently (prompt=none, not interactive) before the hour is up', async () => {
    const first = await connect('google');
    await saveToken('google', { ...first, expiresAt: Date.now() + 60_000 });
    const { documentId } = sandbox().createDoc({ title: 'Renewed', text: 'Timeline' });
    await apiFetch('google', `https://docs.googleapis.com/v1/documents/${documentId}`);
    const renewal = browserState.flows[1]!;
    expect(renewal.interactive).toBe(false);
    expect(new URL(renewal.url).searchParams.get('prompt')).toBe('none');
    expect((await getToken('google'))!.accessToken).not.toBe(first.accessToken);
  });
});

describe('providers with public clients and PKCE', () => {
  it('spends a rotating refresh token once when two calls find the token expired', async () => {
    const token = await connect('x');
    expect(token.refreshToken).toBeTruthy();
    await saveToken('x', { ...token, expiresAt: Date.now() - 1000 });
    const [a, b] = await Promise.all([apiFetch('x', 'https://api.x.com/2/users/me'), apiFetch('x', 'https://api.x.com/2/users/me')]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(tokenRequests('api.x.com').filter((r) => r.body.includes('grant_type=refresh_token'))).toHaveLength(1);
    expect((await getToken('x'))!.refreshToken).not.toBe(token.refreshToken);
  });

  it("renews GitLab's token with redirect_uri, as GitLab's refresh request requires", async () => {
    const token = await connect('gitlab');
    await saveToken('gitlab', { ...token, expiresAt: Date.now() - 1000 });
    await apiFetch('gitlab', 'https://gitlab.com/api/v4/user');
    const refresh = tokenRequests('gitlab.com').find((r) => r.body.includes('grant_type=refresh_token'))!;
    expect(new URLSearchParams(refresh.body).get('redirect_uri')).toBe(REDIRECT);
  });

  it('signs in to a self-hosted GitLab at that instance, with its own application', async () => {
    await expect(connect('gitlab', { instanceUrl: 'https://gitlab.example.test', oauthClientId: '' })).rejects.toHaveProperty('code', 'invalid');
    const token = await connect('gitlab', { instanceUrl: 'https://gitlab.example.test', oauthClientId: 'incident-desk-gitlab-selfhosted' });
    const authorize = new URL(browserState.flows.at(-1)!.url);
    expect([authorize.host, authorize.searchParams.get('client_id')]).toEqual(['gitlab.example.test', 'incident-desk-gitlab-selfhosted']);
    expect(token.apiOrigins).toEqual(['https://gitlab.example.test']);
    // that token is never sent to gitlab.com
    const before = sent.length;
    const error = await apiFetch('gitlab', 'https://gitlab.com/api/v4/user').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(sent.slice(before).filter((s) => s.url.startsWith('https://gitlab.com/'))).toEqual([]);
  });

  it('revokes the token with the provider on Disconnect', async () => {
    const token = await connect('x');
    expect(await disconnect('x')).toEqual({ revoked: true });
    expect(await getToken('x')).toBeUndefined();
    const after = await sandbox().fetch('https://api.x.com/2/users/me', { headers: { authorization: `Bearer ${token.accessToken}` } });
    expect(after.status).toBe(401);
  });
});

it('ships no client secret anywhere in the extension', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
    });
  const offenders = files('src').filter((f) => /client_secret|clientSecret/.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
