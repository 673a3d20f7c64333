// The extension in a real Firefox (Debian's ESR), against the same sandbox as the Chromium suite.
// Kept to what Firefox does differently: its event-page background (redaction there, restarts),
// its sender URLs, its storage (content scripts read all of storage.local), its sign-in redirect
// and its revocable host permissions. Every check is on what the sandbox received.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { teamSettings } from '../e2e/flows';
import { startFirefoxHarness, waitInPage, type FirefoxHarness } from './harness';

let h: FirefoxHarness;
let control: Page;
const POPUP = 'src/ui/popup/index.html';
const NAME = /Jane|Doe/;

beforeAll(async () => {
  h = await startFirefoxHarness();
  control = await h.extensionPage(POPUP);
});
afterAll(async () => {
  await h?.shutdown();
});
beforeEach(async () => {
  for (const page of await h.browser.pages()) if (page !== control) await page.close();
  await h.reset(control);
  h.sandbox.reset();
  await h.connect(control, 'google', 'slack', 'x', 'zoom');
  await h.call(control, 'settings/save', { settings: teamSettings(h) });
});

async function steps(page: Page) {
  return page.$$eval('[data-step]', (els) => els.map((e) => [e.getAttribute('data-step'), e.getAttribute('data-state')]));
}

async function allDone(page: Page, timeout = 30_000) {
  await waitInPage(
    page,
    () => {
      const all = [...document.querySelectorAll('[data-step]')];
      return all.length === 9 && all.every((s) => s.getAttribute('data-state') === 'done');
    },
    '',
    timeout,
  ).catch(async (err: Error) => {
    throw new Error(`${err.message}: ${JSON.stringify(await steps(page))}`);
  });
}

/** The popup as a person uses it: pick the role, fill the form, press Declare. */
async function declareFromPopup(title: string): Promise<Page> {
  const page = await h.extensionPage(POPUP);
  await page.waitForSelector('#id-role');
  await page.select('#id-role', 'Production Lead');
  await (await page.waitForSelector('::-p-text(Save role)'))!.click();
  await page.waitForSelector('[data-testid="my-role"]');
  await page.type('#id-title', title);
  // X's count under the title comes from the event page, which loads twitter-text itself.
  await page.waitForSelector('[data-testid="tweet-weight"]');
  await page.type('#id-why', 'GitLab.com is down for every customer; Jane Doe is rolling back.');
  await (await page.waitForSelector('button::-p-text(Declare major incident)'))!.click();
  await page.waitForSelector('::-p-text(Major incident active)');
  return page;
}

const workingDoc = () => h.sandbox.world().docs.find((d) => d.permissions.some((p) => p.type === 'domain' && p.role === 'writer'));

describe('Incident Desk in Firefox', () => {
  it('declares from the popup: every step reaches the sandbox, redacted by the event page', async () => {
    const page = await declareFromPopup("Jane Doe's migration took the database down");
    await allDone(page);
    const world = h.sandbox.world();
    expect(world.meetings).toHaveLength(1);
    expect(world.docs).toHaveLength(2);
    const doc = workingDoc()!;
    expect(doc.text).toMatch(/Major incident declared by the Production Lead/);
    expect(doc.text).not.toMatch(NAME);
    const copy = world.docs.find((d) => d.publishedUrl);
    expect(copy?.publishedText).toContain('Timeline');
    expect(copy?.publishedText).not.toMatch(NAME);
    expect(world.tweets).toHaveLength(1);
    expect(world.tweets[0]!.text).not.toMatch(NAME);
    expect(world.slack.filter((m) => m.channelName === 'marketing')).toHaveLength(1);
    // The background's calls went out through the host proxy to the sandbox, not around it.
    const tunnelled = new Set(h.proxy.requests.filter((r) => r.tunnelled).map((r) => r.target));
    for (const host of ['api.zoom.us', 'docs.googleapis.com', 'www.googleapis.com', 'api.x.com', 'slack.com']) expect(tunnelled).toContain(`${host}:443`);
  });

  it('mounts the sidebar in the sandbox doc, adds a redacted entry, and runs the context menu', async () => {
    await allDone(await declareFromPopup('Replica lag'));
    const doc = workingDoc()!;
    const tab = await h.page(`https://docs.google.com/document/d/${doc.documentId}/edit`);
    const sidebar = await h.sidebar(tab);
    const composer = (await sidebar.waitForSelector('#id-entry'))!;
    await composer.type('Jane Doe saw replication lag on db2');
    await composer.press('Enter');
    await expect.poll(() => workingDoc()!.text, { timeout: 20_000 }).toMatch(/— \[fact\] \S.* saw replication lag on db2/);
    expect(workingDoc()!.text).not.toMatch(NAME);

    // Native menus cannot be clicked: the background's own handler, as the menu click calls it.
    const before = workingDoc()!.text.match(/db2/g)!.length;
    await control.evaluate(async (pageUrl) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { incidentDesk: { onMenuClicked(i: unknown, t?: unknown): Promise<void> } };
      await background.incidentDesk.onMenuClicked({ menuItemId: 'redact-selection', selectionText: 'db2', pageUrl, editable: false });
    }, tab.url());
    await expect.poll(() => workingDoc()!.text.match(/db2/g)?.length ?? 0, { timeout: 20_000 }).toBe(0);
    expect(before).toBeGreaterThan(0);
  });

  it('resumes its outbox when Firefox ends the background mid-step, without duplicates', async () => {
    h.sandbox.fault({ host: 'www.googleapis.com', method: 'POST', path: '/permissions', status: 200, delayMs: 1500 });
    const first = (await h.call<{ workerStartedAt: string }>(control, 'ping', {})).workerStartedAt;
    const page = await declareFromPopup('CI runners stuck');
    await page.waitForSelector('[data-step="share"][data-state="running"]');
    await h.terminateBackground();
    await new Promise((resolve) => setTimeout(resolve, 1600));
    // Any event starts a new background, which resumes the outbox.
    const wake = await h.extensionPage(POPUP);
    await allDone(wake);
    expect((await h.call<{ workerStartedAt: string }>(control, 'ping', {})).workerStartedAt).not.toBe(first);
    const world = h.sandbox.world();
    expect(world.docs).toHaveLength(2);
    expect(world.meetings).toHaveLength(1);
    expect(workingDoc()!.permissions.filter((p) => p.type === 'domain')).toHaveLength(1);
    expect(world.tweets).toHaveLength(1);
    expect(world.slack.filter((m) => m.channelName === 'marketing')).toHaveLength(1);
  });

  it("signs in through Firefox's redirect URL and keeps the token where content scripts cannot read it", async () => {
    await h.reset(control);
    const redirect = await control.evaluate(() => browser.identity.getRedirectURL());
    expect(redirect).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
    await h.call(control, 'connections/connect', { service: 'slack' });
    // Slack approved Firefox's redirect URL and the code came back through it, then was exchanged.
    const grants = h.sandbox.world().grants.filter((g) => g.service === 'slack');
    expect(grants.map((g) => [g.redirectUri, g.outcome])).toEqual([
      [redirect, 'approved'],
      [redirect, 'exchanged'],
    ]);
    const token = (await h.vault(control))['token:slack'] as { accessToken: string } | undefined;
    expect(token?.accessToken).toBeTruthy();
    // A Firefox content script reads every key of storage.local (no setAccessLevel there): what an
    // extension page reads is what it would read. The token is not in it.
    const local = JSON.stringify(await control.evaluate(() => browser.storage.local.get(null)));
    expect(local).not.toContain(token!.accessToken);
    // A content script's IndexedDB is its page's: the Docs page's origin has no vault.
    const docsTab = await h.page(`https://docs.google.com/document/d/${h.sandbox.createDoc({ title: 'x' }).documentId}/edit`);
    expect(await docsTab.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });

  it('asks for a revoked host from a click, and sends nothing there until granted', async () => {
    await control.evaluate(() => browser.permissions.remove({ origins: ['https://slack.com/*'] }));
    const page = await h.extensionPage(POPUP);
    await page.waitForSelector('[data-testid="host-access"] ::-p-text(slack.com)');
    const before = h.sandbox.world().requests.filter((r) => r.host === 'slack.com').length;
    await expect(h.call(control, 'roster/slack', {})).rejects.toThrow(/may not reach slack\.com: .*Grant access/);
    expect(h.sandbox.world().requests.filter((r) => r.host === 'slack.com')).toHaveLength(before);
    await (await page.waitForSelector('button::-p-text(Grant access)'))!.click();
    await waitInPage(page, () => !document.querySelector('[data-testid="host-access"]'));
    expect(await control.evaluate(() => browser.permissions.contains({ origins: ['https://slack.com/*'] }))).toBe(true);
    await h.call(control, 'roster/slack', {});
    expect(h.sandbox.world().requests.filter((r) => r.host === 'slack.com').length).toBeGreaterThan(before);
  });
});
