// The Firefox counterpart of test/e2e/harness.ts, smaller: Debian's Firefox ESR with dist-firefox/
// installed, every service host tunnelled to the sandbox (test/browser/host-proxy.ts).
import type { Frame, Page } from 'puppeteer-core';
import { FIREFOX_BASE, launchFirefoxExtension, type FirefoxExtensionBrowser } from '../browser/launch-firefox';
import { startSandbox, type Sandbox, type TokenService } from '../sandbox/index';
import { VAULT_DB, VAULT_STORE } from '../../src/services/vault-names';
import { PROVIDERS } from '../../src/services/providers';
import { SIDEBAR_PATH } from '../../src/background/sender-policy';
import { vaultInPage, type VaultOp } from '../e2e/vault-in-page';

/**
 * page.waitForFunction, by polling page.evaluate: Firefox ESR 140 blocks the Function() that
 * puppeteer's poller builds the predicate with on an extension page ("call to Function() blocked
 * by CSP", seen with Debian's firefox-esr 140.12), while evaluate's BiDi callFunction is allowed.
 */
export async function waitInPage(page: Page, predicate: (arg: string) => boolean, arg = '', timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      if (await page.evaluate(predicate, arg)) return;
      last = undefined;
    } catch (err) {
      // Between two documents an evaluation fails rather than answering: ask again.
      last = err;
    }
    if (Date.now() >= deadline) {
      const err = new Error(`waited ${timeout} ms in ${page.url()}${last instanceof Error ? ` (last: ${last.message})` : ''}`);
      err.name = 'TimeoutError';
      throw err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface FirefoxHarness extends FirefoxExtensionBrowser {
  sandbox: Sandbox;
  /** An extension page (popup, options) opened as a tab, loaded. */
  extensionPage(path: string): Promise<Page>;
  page(url: string): Promise<Page>;
  /** A message to the background as the popup sends it; throws on an error envelope. */
  call<T>(page: Page, type: string, payload: unknown): Promise<T>;
  /** The sidebar frame in a doc page, found by its URL among the page's frames. */
  sidebar(page: Page): Promise<Frame>;
  /** The background's secrets vault: IndexedDB of the extension's origin, read from one of its pages. */
  vault(page: Page): Promise<Record<string, unknown>>;
  connect(page: Page, ...services: TokenService[]): Promise<void>;
  reset(page: Page): Promise<void>;
  /**
   * Ends the background event page as Firefox does when it is idle (the same call as
   * about:debugging's "Terminate background script"); the next event starts a new one.
   */
  terminateBackground(): Promise<void>;
  shutdown(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** puppeteer's untyped BiDi connection (BidiBrowser.connection), for the one privileged call. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; type?: string; exceptionDetails?: { text: string } } }>;
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  const sandbox = await startSandbox();
  let ff: FirefoxExtensionBrowser;
  try {
    ff = await launchFirefoxExtension({ sandbox });
  } catch (err) {
    await sandbox.close();
    throw err;
  }
  const inVault = async (page: Page, op: VaultOp[2], values?: Record<string, unknown>) =>
    (await page.evaluate(vaultInPage, [VAULT_DB, VAULT_STORE, op, values] as VaultOp)) ?? {};
  const harness: FirefoxHarness = {
    ...ff,
    sandbox,
    async extensionPage(path) {
      const page = await ff.browser.newPage();
      const url = `${FIREFOX_BASE}${path}`;
      // moz-extension:// navigations load but never resolve page.goto (TESTING.md): wait on the page.
      // An evaluation that lands while the page is between documents fails with a BiDi protocol
      // error (seen in a clean-clone run) rather than a false answer: ask again. A first page
      // opened right after the browser started sometimes never navigates at all (seen in a
      // clean-clone run under load): after 10 s without the page, navigate again, three times.
      for (let attempt = 1; ; attempt++) {
        void page.goto(url).catch(() => undefined);
        const deadline = Date.now() + 10_000;
        let last: unknown;
        while (Date.now() < deadline) {
          try {
            await waitInPage(page, (u) => location.href === u && document.readyState === 'complete', url, Math.max(1, deadline - Date.now()));
            return page;
          } catch (err) {
            last = err;
            if ((err as Error).name === 'TimeoutError') break;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        if (attempt === 3) throw last ?? new Error(`${url} did not load`);
      }
    },
    async page(url) {
      const page = await ff.browser.newPage();
      await page.goto(url);
      return page;
    },
    async call<T>(page: Page, type: string, payload: unknown) {
      const reply = (await page.evaluate((t, p) => browser.runtime.sendMessage({ type: t, payload: p }), type, payload)) as {
        ok: boolean;
        data: T;
        error?: { message: string };
      };
      if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
      return reply.data;
    },
    async sidebar(page) {
      const prefix = `${FIREFOX_BASE}${SIDEBAR_PATH.slice(1)}`;
      const deadline = Date.now() + 15_000;
      for (;;) {
        for (const frame of page.frames()) {
          // puppeteer may still name an extension frame by its first URL (about:blank): ask the frame.
          const href = await frame.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(prefix) && (await frame.$('.sidebar'))) return frame;
        }
        if (Date.now() > deadline) throw new Error(`No Incident Desk sidebar in ${page.url()}`);
        await sleep(100);
      }
    },
    vault: (page) => inVault(page, 'get'),
    async connect(page, ...services) {
      const tokens = services.map((service) => {
        const provider = PROVIDERS[service];
        const { access } = sandbox.issueToken(service, {
          scope: provider.scopes.join(' '),
          clientId: provider.clientId,
          ...(service === 'google' ? { user: 'alice@example.com' } : {}),
        });
        return [`token:${service}`, { accessToken: access, obtainedAt: new Date().toISOString(), clientId: provider.clientId }];
      });
      await inVault(page, 'set', Object.fromEntries(tokens));
    },
    async reset(page) {
      await page.evaluate(async () => {
        await browser.storage.local.clear();
        await browser.alarms.clearAll();
      });
      await inVault(page, 'clear');
    },
    async terminateBackground() {
      // Needs --remote-allow-system-access (set by the launcher): BiDi then reaches the browser's
      // own window, where the add-on's parent-process object can end its background.
      const bidi = (ff.browser as unknown as { connection: BidiConnection }).connection;
      const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = tree.result.contexts?.[0]?.context;
      if (!context) throw new Error('No chrome window to end the background from');
      const run = await bidi.send('script.evaluate', {
        expression: `WebExtensionPolicy.getByID(${JSON.stringify(ff.addonId)}).extension.terminateBackground().then(() => 'ended')`,
        target: { context },
        awaitPromise: true,
      });
      if (run.result.type !== 'success') throw new Error(`Could not end the background: ${run.result.exceptionDetails?.text}`);
    },
    async shutdown() {
      await ff.close();
      await sandbox.close();
    },
  };
  return harness;
}
