import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../browser/launch';
import { startSandbox, type Sandbox } from '../sandbox/index';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');

export interface Harness extends ExtensionBrowser {
  sandbox: Sandbox;
  page(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  storage(): Promise<Record<string, unknown>>;
  shutdown(): Promise<void>;
}

/** A sandbox of the outside world and Chromium with the built extension, wired together. */
export interface HarnessOptions {
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  /** where screenshots go; the e2e suite keeps them under test-output/ */
  screenshots?: string;
}

export async function startHarness({ screenshots = SCREENSHOTS, ...options }: HarnessOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox();
  let browser: ExtensionBrowser;
  try {
    browser = await launchExtensionBrowser({ sandbox, ...options });
  } catch (err) {
    await sandbox.close();
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
    async screenshot(page, name) {
      const file = resolve(screenshots, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    storage() {
      return browser.worker.evaluate(() => chrome.storage.local.get(null));
    },
    async shutdown() {
      await browser.close();
      await sandbox.close();
    },
  };
  return harness;
}
