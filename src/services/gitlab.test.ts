// The GitLab adapter against the sandbox's GitLab, with the browser's storage and permissions
// stood in for, as the worker would have them.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSandbox } from '../../test/sandbox/sandbox-fixture';
import { AppError } from '../core/errors';
import { addNote, createIssue, findIssueByMarker, listNotes, updateIssue } from './gitlab';
import { saveToken } from './vault';
import { requestLimits } from './http';

const browserState = vi.hoisted(() => ({ storage: new Map<string, unknown>(), granted: new Set<string>() }));

vi.mock('webextension-polyfill', async () => ({
  default: {
    storage: {
      local: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => browserState.storage.has(k))
              .map((k) => [k, browserState.storage.get(k)]),
          ),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) browserState.storage.set(k, v);
        },
        remove: async () => undefined,
      },
    },
    // The manifest's hosts are granted as at install; a self-hosted GitLab only once granted.
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => {
        const installed: string[] = (await import('../../manifest.json')).default.host_permissions;
        return origins.every((o) => browserState.granted.has(o) || installed.includes(o));
      },
    },
  },
}));

const sandbox = useSandbox();
const GITLAB = 'https://gitlab.com';
const SELF_HOSTED = 'https://gitlab.example.test';
const PROJECT = 'gitlab-com/infrastructure';
const marker = '<!-- incident-desk:inc-20261127-1402-k3f9 -->';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(() => {
  vi.stubGlobal('fetch', sandbox().fetch);
});

beforeEach(async () => {
  browserState.granted.clear();
  await saveToken('gitlab', { accessToken: sandbox().tokens().gitlab, obtainedAt: '2026-11-27T14:00:00Z' });
});

describe('issues', () => {
  it('creates an issue with its labels as GitLab reads them', async () => {
    const issue = await createIssue(GITLAB, PROJECT, { title: 'Outage: db', description: `${marker}\n\nbody`, labels: ['outage', 'blog post'] });
    expect(issue.web_url).toBe(`https://gitlab.com/${PROJECT}/-/issues/${issue.iid}`);
    expect(
      sandbox()
        .world()
        .issues.map((i) => i.labels),
    ).toEqual([['outage', 'blog post']]);
  });

  it('refuses a label with a comma before asking GitLab anything', async () => {
    const error = await rejection(createIssue(GITLAB, PROJECT, { title: 't', description: 'd', labels: ['outage', 'sev1,high'] }));
    expect(error.code).toBe('invalid');
    expect(sandbox().world().issues).toEqual([]);
  });

  it('finds the issue only by its exact marker, not by a search that merely matched', async () => {
    await createIssue(GITLAB, PROJECT, { title: 'look-alike', description: marker.toUpperCase(), labels: ['outage'] });
    expect(await findIssueByMarker(GITLAB, PROJECT, marker)).toBeUndefined();
    const created = await createIssue(GITLAB, PROJECT, { title: 'the one', description: `${marker}\n\nbody`, labels: ['outage'] });
    expect((await findIssueByMarker(GITLAB, PROJECT, marker))?.iid).toBe(created.iid);
  });

  it('adds labels on update and keeps the ones people put on', async () => {
    const created = await createIssue(GITLAB, PROJECT, { title: 't', description: marker, labels: ['outage', 'severity::1'] });
    const updated = await updateIssue(GITLAB, PROJECT, created.iid, { description: `${marker}\n\nnew`, addLabels: ['blog post'] });
    expect(updated.labels).toEqual(['outage', 'severity::1', 'blog post']);
    expect(updated.description).toBe(`${marker}\n\nnew`);
  });

  it('says to slow down, retryably, when GitLab answers 429', async () => {
    sandbox().fault({ host: 'gitlab.com', method: 'POST', path: '/issues', status: 429, retryAfter: 7, count: 1 });
    const error = await rejection(createIssue(GITLAB, PROJECT, { title: 't', description: 'd', labels: ['outage'] }));
    expect(error.code).toBe('rate_limited');
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('gives up on a request that goes unanswered, retryably, so the outbox moves on', async () => {
    requestLimits.timeoutMs = 300;
    try {
      sandbox().fault({ host: 'gitlab.com', method: 'GET', path: '/issues', delayMs: 3000, count: 1 });
      const started = Date.now();
      const error = await rejection(findIssueByMarker(GITLAB, PROJECT, 'incident-desk:inc-stalled'));
      expect(Date.now() - started).toBeLessThan(2500);
      expect(error.code).toBe('network');
      expect(error.retryable).toBe(true);
      expect(error.message).toMatch(/GitLab did not answer within 0.3 s/);
      // The next attempt is answered as usual.
      expect(await findIssueByMarker(GITLAB, PROJECT, 'incident-desk:inc-stalled')).toBeUndefined();
    } finally {
      requestLimits.timeoutMs = 60_000;
    }
  });
});

describe('notes', () => {
  it('posts notes and lists them back', async () => {
    const { iid } = await createIssue(GITLAB, PROJECT, { title: 't', description: marker, labels: ['outage'] });
    await addNote(GITLAB, PROJECT, iid, 'part 2');
    await addNote(GITLAB, PROJECT, iid, 'part 3');
    expect((await listNotes(GITLAB, PROJECT, iid)).map((n) => n.body).sort()).toEqual(['part 2', 'part 3']);
  });
});

describe('a self-hosted GitLab', () => {
  it('is refused until its host is granted, naming the host', async () => {
    const error = await rejection(findIssueByMarker(SELF_HOSTED, PROJECT, marker));
    expect(error.code).toBe('denied');
    expect(error.message).toContain('gitlab.example.test');
  });

  it('never receives the gitlab.com token: that needs a sign-in of its own', async () => {
    browserState.granted.add('https://gitlab.example.test/*');
    const error = await rejection(createIssue(SELF_HOSTED, PROJECT, { title: 't', description: marker, labels: ['outage'] }));
    expect(error.code).toBe('not_connected');
    expect(error.message).toContain('gitlab.example.test');
    expect(sandbox().world().issues).toEqual([]);
  });

  it('is called once granted with its own token, and keeps its issues apart from gitlab.com', async () => {
    browserState.granted.add('https://gitlab.example.test/*');
    await saveToken('gitlab', { accessToken: sandbox().tokens().gitlab, obtainedAt: '2026-11-27T14:00:00Z', apiOrigins: [SELF_HOSTED] });
    await createIssue(SELF_HOSTED, PROJECT, { title: 't', description: marker, labels: ['outage'] });
    expect(await rejection(findIssueByMarker(GITLAB, PROJECT, marker))).toHaveProperty('code', 'not_connected');
    expect(
      sandbox()
        .world()
        .issues.map((i) => i.web_url),
    ).toEqual([expect.stringMatching(/^https:\/\/gitlab\.example\.test\//)]);
    expect((await findIssueByMarker(SELF_HOSTED, PROJECT, marker))?.web_url).toMatch(/^https:\/\/gitlab\.example\.test\//);
  });
});
