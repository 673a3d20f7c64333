import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium';

export const DIST = resolve(import.meta.dirname, '../../dist');

export interface LaunchOptions {
  /** the sandbox's HTTPS port and the host names to send there */
  sandbox: { port: number; hosts: string[] };
  headless?: boolean;
  dist?: string;
  colorScheme?: 'light' | 'dark';
  /** a profile directory to use and keep (default: a new one, removed on close), so a test can start the browser again on it */
  profile?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * The value of --host-resolver-rules: every real host of the services goes to the sandbox, and
 * every other name fails to resolve, so nothing can leak to the internet.
 */
export function hostResolverRules(port: number, hosts: string[]): string {
  const maps = hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}

/** Debian's Chromium with the built extension, every service host mapped to the sandbox. */
export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}: run "npm run build" first.`);
  }
  const executablePath = ensureChromium();
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'incident-desk-profile-'));
  const removeProfile = () => {
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1400, height: 900 },
    timeout: 30_000,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${hostResolverRules(options.sandbox.port, options.sandbox.hosts)}`,
      // The sandbox's certificate is self-signed; without this flag the worker's fetch fails.
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      async close() {
        await context.close();
        removeProfile();
      },
    };
  } catch (err) {
    await context.close();
    removeProfile();
    throw new Error(`The extension's service worker did not start: ${(err as Error).message}`);
  }
}
