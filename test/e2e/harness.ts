import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../browser/launch';
import { startSandbox, type Sandbox, type TokenService } from '../sandbox/index';
import { VAULT_DB, VAULT_STORE } from '../../src/services/vault-names';
import { PROVIDERS } from '../../src/services/providers';
import { vaultInPage, type VaultOp } from './vault-in-page';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');

export interface Harness extends ExtensionBrowser {
  sandbox: Sandbox;
  page(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  /**
   * The sidebar frame in a doc page. It sits in a closed shadow root, which locators do not
   * pierce, so it is found among the page's frames, as the browser knows them.
   */
  sidebar(page: Page): Promise<Frame>;
  screenshot(page: Page, name: string): Promise<string>;
  storage(): Promise<Record<string, unknown>>;
  /** The worker's secrets vault (tokens by service, the webhook), as IndexedDB holds it. */
  tokens(): Promise<Record<string, Record<string, unknown>>>;
  /** Replace some tokens in the vault (e.g. to make one expire). */
  setTokens(tokens: Record<string, unknown>): Promise<void>;
  /** Sign the extension in to services with the sandbox's fixed test tokens (the OAuth flow has its own test). */
  connect(...services: TokenService[]): Promise<void>;
  /** Forget everything the extension stored: each test starts as a fresh install. */
  resetExtension(): Promise<void>;
  /**
   * Stop the service worker as Chrome does after 30 s idle; the next event starts a new one.
   * Never evaluate in the worker until an extension page has woken it: that would hang.
   */
  stopWorker(): Promise<void>;
  shutdown(): Promise<void>;
}

/** The worker's secrets vault, read or written from inside the worker. */
function vault(browser: ExtensionBrowser, op: VaultOp[2], values?: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  return browser.worker.evaluate(vaultInPage, [VAULT_DB, VAULT_STORE, op, values] as VaultOp);
}

/** The sandbox Slack member of each sandbox Google user (Bob has none there). */
const SLACK_MEMBER_OF: Record<string, string> = { 'alice@example.com': 'U01ALICE' };

/** A sandbox of the outside world and Chromium with the built extension, wired together. */
export interface HarnessOptions {
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  /** where screenshots go; the e2e suite keeps them under test-output/ */
  screenshots?: string;
  /** share another harness's sandbox (a second responder's browser); it is not closed here */
  sandbox?: Sandbox;
  /** the Google account this browser signs in as (default the declarer, alice@example.com) */
  googleUser?: string;
  /** the unpacked extension to load (default dist/); the upgrade test loads a copy it can change */
  dist?: string;
  /** a browser profile to use and keep, so the browser can be started again on it (the upgrade test) */
  profile?: string;
}

export async function startHarness({
  screenshots = SCREENSHOTS,
  sandbox: shared,
  googleUser = 'alice@example.com',
  ...options
}: HarnessOptions = {}): Promise<Harness> {
  const sandbox = shared ?? (await startSandbox());
  let browser: ExtensionBrowser;
  try {
    browser = await launchExtensionBrowser({ sandbox, ...options });
  } catch (err) {
    if (!shared) await sandbox.close();
    throw err;
  }
  mkdirSync(screenshots, { recursive: true });
  const harness: Harness = {
    ...browser,
    sandbox,
    async page(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return page;
    },
    extensionPage(path) {
      return harness.page(`chrome-extension://${browser.extensionId}/${path}`);
    },
    async sidebar(page) {
      const prefix = `chrome-extension://${browser.extensionId}/src/ui/sidebar/index.html`;
      const deadline = Date.now() + 15_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().startsWith(prefix) && !f.isDetached());
        if (frame) {
          await frame.waitForSelector('.sidebar');
          return frame;
        }
        if (Date.now() > deadline) throw new Error(`No Incident Desk sidebar in ${page.url()}`);
        await page.waitForTimeout(25);
      }
    },
    async screenshot(page, name) {
      const file = resolve(screenshots, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    storage() {
      return browser.worker.evaluate(() => chrome.storage.local.get(null));
    },
    async tokens() {
      const all = (await vault(browser, 'get')) ?? {};
      return Object.fromEntries(
        Object.entries(all)
          .filter(([k]) => k.startsWith('token:'))
          .map(([k, v]) => [k.slice(6), v as Record<string, unknown>]),
      );
    },
    async setTokens(tokens) {
      await vault(browser, 'set', Object.fromEntries(Object.entries(tokens).map(([k, v]) => [`token:${k}`, v])));
    },
    async connect(...services) {
      // Tokens as the provider issues them to Incident Desk's own client, with the scopes it asks
      // for (Google: documents + drive.file), so the suite runs under the real scopes' limits.
      const tokens = services.map((service) => {
        const provider = PROVIDERS[service];
        const { access } = sandbox.issueToken(service, {
          scope: provider.scopes.join(' '),
          clientId: provider.clientId,
          ...(service === 'google' ? { user: googleUser } : {}),
        });
        // Who signed in, as the extension learns it (Drive's about.get for Google); Slack's is the member who installed.
        const account = service === 'google' ? googleUser : service === 'slack' ? SLACK_MEMBER_OF[googleUser] : undefined;
        return [service, { accessToken: access, obtainedAt: new Date().toISOString(), clientId: provider.clientId, ...(account ? { account } : {}) }];
      });
      await harness.setTokens(Object.fromEntries(tokens));
    },
    async resetExtension() {
      await browser.worker.evaluate(async () => {
        await chrome.storage.local.clear();
        await chrome.alarms.clearAll();
      });
      await vault(browser, 'clear');
    },
    async stopWorker() {
      const page = await browser.context.newPage();
      try {
        const cdp = await browser.context.newCDPSession(page);
        const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
        // Every status a version went through: a stopped worker may be woken again by the next
        // event before the latest status is looked at, so "stopped" must be caught as it passes.
        const seen = new Set<string>();
        cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
          for (const v of e.versions) {
            versions.set(v.versionId, v);
            seen.add(`${v.versionId}:${v.runningStatus}`);
          }
        });
        await cdp.send('ServiceWorker.enable');
        const scope = `chrome-extension://${browser.extensionId}/`;
        const deadline = Date.now() + 5000;
        let target: string | undefined;
        while (!target && Date.now() < deadline) {
          target = [...versions].find(([, v]) => v.scriptURL.startsWith(scope) && v.runningStatus === 'running')?.[0];
          if (!target) await page.waitForTimeout(20);
        }
        if (!target) throw new Error('The extension service worker is not running.');
        await cdp.send('ServiceWorker.stopWorker', { versionId: target });
        const stopDeadline = Date.now() + 10_000;
        while (!seen.has(`${target}:stopped`)) {
          if (Date.now() > stopDeadline) throw new Error('The service worker did not stop.');
          await page.waitForTimeout(10);
        }
      } finally {
        await page.close();
      }
    },
    async shutdown() {
      await browser.close();
      if (!shared) await sandbox.close();
    },
  };
  return harness;
}
