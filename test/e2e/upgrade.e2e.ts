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
import today from '../../src/storage/fixtures/unversioned-active-incident.json';

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

const options = () => ({ sandbox, dist: join(dir, 'dist'), profile: join(dir, 'profile') });

function setVersion(version: string): void {
  const file = join(options().dist, 'manifest.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }, null, 2));
}

it("an update carries an active incident's pending tweet and Slack posts on, each sent once", async () => {
  setVersion('0.1.0');
  h = await startHarness(options());
  await h.connect('google', 'slack', 'x', 'zoom');
  const state = structuredClone(today) as Record<string, unknown> & { outbox: { nextAt?: number }[] };
  // The captured retries were due an hour after the capture; here they are due at the update.
  for (const step of state.outbox) if (step.nextAt !== undefined) step.nextAt = Date.now();
  await h.worker.evaluate(async (s) => {
    await chrome.alarms.clearAll();
    await chrome.storage.local.clear();
    await chrome.storage.local.set(s);
  }, state);
  await h.shutdown();
  h = undefined;
  expect(sandbox.world().tweets).toHaveLength(0);

  setVersion('0.2.0');
  h = await startHarness(options());
  const { worker } = h;
  expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.2.0');
  const unfinished = async () => {
    const { outbox } = (await worker.evaluate(() => chrome.storage.local.get('outbox'))) as { outbox: { name: string; state: string }[] };
    return outbox.filter((s) => s.state !== 'done').map((s) => `${s.name}:${s.state}`);
  };
  await expect.poll(unfinished, { timeout: 20_000 }).toEqual([]);

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
