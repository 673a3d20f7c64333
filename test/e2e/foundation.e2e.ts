import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
let documentId: string;

beforeAll(async () => {
  h = await startHarness();
  documentId = h.sandbox.createDoc({ title: 'Sandbox incident: database replica lag', text: 'Timeline\n' }).documentId;
});
afterAll(async () => {
  await h?.shutdown();
});

const editor = () => `https://docs.google.com/document/d/${documentId}/edit`;
const sidebarHost = 'incident-desk-sidebar';

describe('the built extension in Chromium', () => {
  it('starts its service worker from the production build', async () => {
    expect(h.worker.url()).toBe(`chrome-extension://${h.extensionId}/service-worker-loader.js`);
    expect(await h.worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Incident Desk');
  });

  it('renders the popup, which hears back from the worker', async () => {
    const popup = await h.extensionPage('src/ui/popup/index.html');
    await expect.poll(() => popup.getByTestId('worker-status').textContent()).toMatch(/Incident Desk 0\.1\.0 · worker up since/);
    // The role field renders once settings have loaded, which may come after the worker's status (seen under load).
    await popup.getByLabel('Your role').waitFor({ state: 'visible' });
    await popup.locator('summary', { hasText: 'Connections' }).click();
    expect(await popup.locator('[data-service]').count()).toBe(5);
    await h.screenshot(popup, 'popup');
    await popup.close();
  });

  it('renders the options page', async () => {
    const options = await h.extensionPage('src/ui/options/index.html');
    await options.getByRole('heading', { name: 'Incident Desk settings' }).waitFor();
    await expect.poll(() => options.getByTestId('worker-status').textContent()).toContain('worker up since');
    await h.screenshot(options, 'options');
    await options.close();
  });

  it('frames the sidebar, in a closed shadow root, into a document editor only', async () => {
    const page = await h.page(editor());
    await (await h.sidebar(page)).getByRole('button', { name: 'Check document' }).waitFor();
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, sidebarHost)).toBeNull();

    for (const url of [`https://docs.google.com/document/d/${documentId}/pub`, 'https://app.slack.com/client/T1/C1']) {
      const other = await h.page(url);
      await other.waitForLoadState('load');
      await other.waitForTimeout(300);
      expect(await other.locator(sidebarHost).count(), url).toBe(0);
      await other.close();
    }
    await page.close();
  });

  it('follows single-page navigation between documents and away from them', async () => {
    const page = await h.page(editor());
    await (await h.sidebar(page)).getByRole('button', { name: 'Check document' }).waitFor();
    await page.evaluate(() => history.pushState({}, '', '/document/u/0/'));
    await expect.poll(() => page.locator(sidebarHost).count()).toBe(0);
    await page.evaluate((id) => history.pushState({}, '', `/document/d/${id}/edit`), documentId);
    await (await h.sidebar(page)).getByRole('button', { name: 'Check document' }).waitFor();
    expect(await page.locator(sidebarHost).count()).toBe(1);
    await page.close();
  });

  it('round-trips the sidebar button to the worker, signs in, and reads the doc from the sandbox', async () => {
    const page = await h.page(editor());
    const sidebar = await h.sidebar(page);
    await sidebar.getByRole('button', { name: 'Check document' }).click();
    await sidebar.getByRole('alert').getByText('Connect Google (Docs and Drive) first').waitFor();

    await sidebar.getByRole('button', { name: 'Connect Google' }).click();
    await sidebar.getByTestId('doc-status').waitFor();
    expect(await sidebar.getByTestId('doc-status').textContent()).toContain('Sandbox incident: database replica lag');
    await h.screenshot(page, 'sidebar-doc-status');

    const gets = h.sandbox.world().requests.filter((r) => r.host === 'docs.googleapis.com' && r.path.includes(documentId));
    expect(gets.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(await h.tokens())).toContain('google');
    // and none of it is in storage.local, where a content script could look
    expect(JSON.stringify(await h.storage())).not.toContain(String((await h.tokens()).google!.accessToken));
    await page.close();
  });

  it('renews an expired sign-in by itself, and asks to reconnect when Google refuses it', async () => {
    // Google has no secret-less refresh: an expiring token is renewed by a silent (prompt=none)
    // authorization in the background, never by a code exchange or refresh at the token endpoint.
    const calls = (host: string) => h.sandbox.world().requests.filter((r) => r.host === host).length;
    const [authorizeBefore, tokenBefore] = [calls('accounts.google.com'), calls('oauth2.googleapis.com')];
    const { google } = await h.tokens();
    await h.setTokens({ google: { ...google, expiresAt: Date.now() + 60_000 } });
    const page = await h.page(editor());
    let sidebar = await h.sidebar(page);
    await sidebar.getByRole('button', { name: 'Check document' }).click();
    await sidebar.getByTestId('doc-status').waitFor();
    // (At least one: Chrome's hidden auth window has been seen to load the page twice; that
    // renewals are single-flight is a unit test of services/auth.ts.)
    expect(calls('accounts.google.com')).toBeGreaterThan(authorizeBefore);
    expect(calls('oauth2.googleapis.com')).toBe(tokenBefore);
    expect((await h.tokens()).google!.accessToken).not.toBe(google!.accessToken);

    // Refused even after a renewal: the person must sign in again.
    h.sandbox.fault({ host: 'docs.googleapis.com', path: `/v1/documents/${documentId}`, status: 401, count: 2 });
    await page.reload();
    sidebar = await h.sidebar(page);
    await sidebar.getByRole('button', { name: 'Check document' }).click();
    await sidebar
      .getByRole('alert')
      .getByText(/reconnect Google/)
      .waitFor();
    expect(await sidebar.getByRole('button', { name: 'Connect Google' }).isVisible()).toBe(true);
    await page.close();
  });

  it('has both context-menu items, and their handlers keep the selection', async () => {
    const exists = await h.worker.evaluate(async () => {
      const check = (id: string) =>
        chrome.contextMenus.update(id, {}).then(
          () => true,
          () => false,
        );
      return { redact: await check('redact-selection'), timeline: await check('add-selection-to-timeline'), bogus: await check('nope') };
    });
    expect(exists).toEqual({ redact: true, timeline: true, bogus: false });
    // Tests press the menu the way Chrome delivers the click, through the event itself: the
    // production worker carries no test hook of its own.
    expect(await h.worker.evaluate(() => 'incidentDesk' in globalThis)).toBe(false);

    // With no incident the handler answers in the page itself, which proves it ran for that tab.
    const page = await h.page(editor());
    await (await h.sidebar(page)).getByRole('button', { name: 'Check document' }).waitFor();
    await h.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
        { menuItemId: 'redact-selection', selectionText: '  Jane Doe ', pageUrl: url, editable: false },
        tab,
      );
    }, editor());
    await page.getByRole('status').getByText('No major incident is active').waitFor();
    expect((await h.storage()).outbox ?? []).toEqual([]);
    await page.close();
  });

  it('rejects malformed and unknown messages with a clear error and keeps running', async () => {
    const popup = await h.extensionPage('src/ui/popup/index.html');
    const replies = await popup.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'launch-missiles', payload: {} }),
      await chrome.runtime.sendMessage({ type: 'doc/status', payload: { documentId: 'x' } }),
      await chrome.runtime.sendMessage('hello'),
      await chrome.runtime.sendMessage({ type: 'ping', payload: {} }),
    ]);
    expect(replies[0]).toMatchObject({ ok: false, error: { code: 'unknown_message', message: 'Unknown message type "launch-missiles".' } });
    expect(replies[1]).toMatchObject({ ok: false, error: { code: 'bad_message' } });
    expect(replies[2]).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
    expect(replies[3]).toMatchObject({ ok: true, data: { version: '0.1.0' } });
    await popup.close();
  });

  it('loads its content script in the Slack web app', async () => {
    const slack = await h.page('https://app.slack.com/client/T1/C1');
    // Its (empty, with no incident) banner host is there, and it writes nothing else into Slack's page.
    await expect.poll(() => slack.locator('incident-desk-banner').count()).toBe(1);
    expect(await slack.evaluate(() => document.documentElement.dataset.incidentDesk)).toBeUndefined();
    await slack.close();
  });
});
