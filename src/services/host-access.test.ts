import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../core/errors';

const granted = vi.hoisted(() => new Set<string>());
const scripted = vi.hoisted(() => new Set(['https://docs.google.com/document/*']));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      getManifest: () => ({
        host_permissions: ['https://slack.com/*', 'https://api.x.com/*'],
        content_scripts: [{ matches: ['https://docs.google.com/document/*'] }],
      }),
    },
    // As Chrome answers: a content script's pattern is listed by getAll, yet contains says false for it.
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o) && !scripted.has(o)),
      getAll: async () => ({ origins: [...granted] }),
    },
  },
}));

const { ensureHostAccess } = await import('./host-access');
const { missingHosts } = await import('../features/connections/hosts.ui');

describe('host access (a person may refuse or revoke a host, as Firefox lets them)', () => {
  beforeEach(() => {
    granted.clear();
    granted.add('https://api.x.com/*');
  });

  it('refuses a call to a host that is not granted, naming the host and what to press', async () => {
    const refused = await ensureHostAccess('https://slack.com/api/chat.postMessage').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/may not reach slack\.com: .*"Grant access"/);
    await expect(ensureHostAccess('https://api.x.com/2/tweets')).resolves.toBeUndefined();
  });

  it("lists the manifest's hosts that are not granted now", async () => {
    expect(await missingHosts()).toEqual(['https://slack.com/*', 'https://docs.google.com/document/*']);
    granted.add('https://slack.com/*');
    expect(await missingHosts()).toEqual(['https://docs.google.com/document/*']);
  });

  it("counts the content scripts' pages as reachable while the browser lists them as granted", async () => {
    granted.add('https://slack.com/*');
    granted.add('https://docs.google.com/document/*');
    expect(await missingHosts()).toEqual([]);
  });
});
