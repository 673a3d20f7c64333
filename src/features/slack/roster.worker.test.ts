// The workspace's people become the roster as soon as Slack is connected, read from the sandbox's
// Slack users.list, kept in this browser's storage only.
import 'fake-indexeddb/auto';
import { beforeAll, expect, it, vi } from 'vitest';
import { useSandbox } from '../../../test/sandbox/sandbox-fixture';
import { PROVIDERS } from '../../services/providers';

const state = vi.hoisted(() => ({ storage: new Map<string, unknown>(), alarms: [] as string[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    // The manifest's hosts, granted as at install.
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => {
        const installed: string[] = (await import('../../../manifest.json')).default.host_permissions;
        return origins.every((o) => installed.includes(o));
      },
    },
    storage: {
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => state.storage.has(k))
              .map((k) => [k, structuredClone(state.storage.get(k))]),
          ),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) state.storage.set(k, structuredClone(v));
        },
        remove: async () => undefined,
      },
    },
    alarms: { create: async (name: string) => void state.alarms.push(name) },
  },
}));

const sandbox = useSandbox();
const { fullRoster, refreshWorkspaceRoster } = await import('./roster.worker');
const { saveToken } = await import('../../services/vault');

beforeAll(() => vi.stubGlobal('fetch', sandbox().fetch));

it('reads every human member into this browser, daily after, team roster first', async () => {
  expect(await refreshWorkspaceRoster()).toBe(0); // not connected: nothing read, nothing stored
  expect(state.storage.has('workspaceRoster')).toBe(false);

  const slack = PROVIDERS.slack;
  await saveToken('slack', {
    accessToken: sandbox().issueToken('slack', { scope: slack.scopes.join(' '), clientId: slack.clientId }).access,
    obtainedAt: new Date().toISOString(),
  });
  expect(await refreshWorkspaceRoster()).toBe(5);
  const stored = state.storage.get('workspaceRoster') as { members: { name: string; handle?: string; email?: string }[] };
  expect(stored.members).toContainEqual({ name: 'Dmitri Volkov', handle: '@dmitri', email: 'dmitri@example.com' });
  expect(stored.members.some((m) => m.name === 'Incident Desk')).toBe(false); // bots are not people
  expect(state.alarms).toContain('workspace-roster');

  const merged = await fullRoster([{ name: 'Alice Archer', role: 'the Production Lead' }]);
  expect(merged.filter((p) => p.name === 'Alice Archer')).toEqual([{ name: 'Alice Archer', role: 'the Production Lead' }]);
  expect(merged).toHaveLength(5);
});
