// The vault takes over secrets that earlier versions kept in storage.local, where a content
// script on Firefox (or on Chrome, had setAccessLevel failed) could read them.
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';

const storage = vi.hoisted(
  () =>
    new Map<string, unknown>([
      ['tokens', { x: { accessToken: 'old-x-token', obtainedAt: '2026-11-01T00:00:00Z' } }],
      ['slackWebhook', 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX'],
      ['settings', { kept: true }],
    ]),
);
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => storage.has(k)).map((k) => [k, storage.get(k)])),
        remove: async (keys: string[]) => {
          for (const k of keys) storage.delete(k);
        },
      },
    },
  },
}));

const { getToken, getWebhook, listTokens } = await import('./vault');

it('moves tokens and the webhook out of storage.local into the vault, once, keeping the rest', async () => {
  expect(await getToken('x')).toEqual({ accessToken: 'old-x-token', obtainedAt: '2026-11-01T00:00:00Z' });
  expect(await getWebhook()).toBe('https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX');
  expect([...storage.keys()]).toEqual(['settings']);
  expect(Object.keys(await listTokens())).toEqual(['x']);
});
