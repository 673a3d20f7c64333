// An update of the extension keeps an incident alive. Chromium's profile holds storage.local as
// the last unversioned build left it (the captured fixture: an active incident whose tweet and
// Slack posts were still retrying); the browser closes, the extension on disk gets a new version,
// and the browser starts again on the same profile, so Chrome loads the new version over the old
// one's state. The pending tweet and posts reach the sandbox exactly once.
// (chrome.runtime.reload() would be the quicker update, but Chromium leaves an extension loaded
// with --load-extension disabled after it.)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST } from '../browser/launch';
import { startSandbox, type Sandbox } from '../sandbox/index';
import { startHarness, type Harness } from './harness';
import { PROVIDERS } from '../../src/services/providers';
import today from '../../src/storage/fixtures/unversioned-active-incident.json';
import older from '../../src/storage/fixtures/unversioned-working-doc-published.json';

let sandbox: Sandbox;
let dir: string;
let h: Harness | undefined;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'incident-desk-upgrade-'));
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
});
afterAll(async () => {
  await h?.shutdown();
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

let profile = 0;
const options = () => ({ sandbox, dist: join(dir, 'dist'), profile: join(dir, `profile-${profile}`) });

function setVersion(version: string): void {
  const file = join(options().dist, 'manifest.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }, null, 2));
}

type Stored = Record<string, unknown> & { outbox: { nextAt?: number; result?: Record<string, string>; name: string; incidentId: string }[] };

/**
 * Runs the old version on a new profile until `state` is what its storage.local holds, then
 * closes the browser, puts a new version on disk and starts the browser again on that profile.
 * Resolves once the new version's outbox has nothing left to do.
 */
async function upgradeWith(state: Stored): Promise<Harness> {
  profile += 1;
  setVersion('0.1.0');
  h = await startHarness(options());
  await h.connect('google', 'slack', 'x', 'zoom');
  // The captured retries were due an hour after the capture; here they are due at the update.
  for (const step of state.outbox) if (step.nextAt !== undefined) step.nextAt = Date.now();
  await h.worker.evaluate(async (s) => {
    await chrome.alarms.clearAll();
    await chrome.storage.local.clear();
    await chrome.storage.local.set(s);
  }, state);
  await h.shutdown();
  h = undefined;

  setVersion('0.2.0');
  const upgraded = await startHarness(options());
  h = upgraded;
  expect(await upgraded.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.2.0');
  const unfinished = async () => {
    const { outbox } = (await upgraded.worker.evaluate(() => chrome.storage.local.get('outbox'))) as {
      outbox: { name: string; state: string; error?: string }[];
    };
    return outbox.filter((s) => s.state !== 'done').map((s) => `${s.name}:${s.state}:${s.error ?? ''}`);
  };
  await expect.poll(unfinished, { timeout: 30_000 }).toEqual([]);
  return upgraded;
}

it("an update carries an active incident's pending tweet and Slack posts on, each sent once", async () => {
  sandbox.reset();
  const h = await upgradeWith(structuredClone(today) as unknown as Stored);
  const { worker } = h;

  // The worker stopped and woken again (a popup opened) sends nothing again.
  await h.stopWorker();
  const popup = await h.extensionPage('src/ui/popup/index.html');
  await popup.getByText('Database replica lag').first().waitFor();
  await popup.waitForTimeout(1500);

  const world = sandbox.world();
  expect(world.tweets).toHaveLength(1);
  expect(world.tweets[0]!.text).toContain('Database replica lag');
  expect(world.tweets[0]!.text).toContain(today.outbox.find((s) => s.name === 'publish')!.result!['publicUrl']);
  expect(world.slack.map((m) => m.channelName).sort()).toEqual(['devrel', 'marketing']);
  expect(world.slack.find((m) => m.channelName === 'marketing')!.text).toContain('<!channel>');
  expect(await worker.evaluate(() => chrome.storage.local.get('schemaVersion'))).toEqual({ schemaVersion: 1 });
});

it('an incident of the version that published its working doc gets a public copy, and the working doc leaves the web', async () => {
  sandbox.reset();
  // The working doc as that version made it: created by Incident Desk's own client, published to the web itself.
  const token = sandbox.issueToken('google', {
    scope: PROVIDERS.google.scopes.join(' '),
    clientId: PROVIDERS.google.clientId,
    user: 'alice@example.com',
  }).access;
  const google = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const drive = 'https://www.googleapis.com/drive/v3/files';
  const incidentId = older.activeIncidentId;
  const created = (await (
    await sandbox.fetch(`${drive}?fields=id`, {
      method: 'POST',
      headers: google,
      body: JSON.stringify({
        name: 'Major incident: Database replica lag',
        mimeType: 'application/vnd.google-apps.document',
        appProperties: { incidentDeskKey: `${incidentId}:doc` },
      }),
    })
  ).json()) as { id: string };
  const text =
    'Major incident: Database replica lag\nSummary\nGitLab.com is down for every customer.\nTimeline\n2026-12-02 04:24 UTC — [action] Major incident declared by the Production Lead\nCustomer impact\n';
  await sandbox.fetch(`https://docs.googleapis.com/v1/documents/${created.id}:batchUpdate`, {
    method: 'POST',
    headers: google,
    body: JSON.stringify({ requests: [{ insertText: { endOfSegmentLocation: {}, text } }] }),
  });
  const published = (await (
    await sandbox.fetch(`${drive}/${created.id}/revisions/head?fields=publishedLink`, {
      method: 'PATCH',
      headers: google,
      body: JSON.stringify({ published: true, publishAuto: false, publishedOutsideDomain: true }),
    })
  ).json()) as { publishedLink: string };
  expect(sandbox.world().docs[0]!.publishedUrl).toBe(published.publishedLink);

  const state = structuredClone(older) as unknown as Stored;
  for (const step of state.outbox.filter((s) => s.incidentId === incidentId)) {
    if (step.name === 'doc') step.result = { documentId: created.id, docUrl: `https://docs.google.com/document/d/${created.id}/edit` };
    if (step.name === 'publish') step.result = { ...step.result, publicUrl: published.publishedLink };
  }
  await upgradeWith(state);

  const { docs, tweets, slack } = sandbox.world();
  const working = docs.find((d) => d.documentId === created.id)!;
  const copy = docs.find((d) => d.documentId !== created.id)!;
  expect(working.publishedUrl).toBeUndefined();
  expect(copy.publishedUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/e\/2PACX-.+\/pub$/);
  expect(copy.publishAuto).toBe(true);
  expect(copy.publishedText).toContain('GitLab.com is down for every customer.');
  expect(working.text).toContain(`Public copy (read-only, names redacted): ${copy.publishedUrl}`);
  // Tweeted and called @channel before the update: not again. The devrel notice was pending: it carries the public copy.
  expect(tweets).toHaveLength(0);
  expect(slack.map((m) => m.channelName)).toEqual(['devrel']);
  expect(slack[0]!.text).toContain(copy.publishedUrl);
});
