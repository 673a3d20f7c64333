// Debian's Firefox ESR with the Firefox build (dist-firefox/) installed as a temporary add-on,
// driven by puppeteer-core over WebDriver BiDi (TESTING.md, "Firefox, headless").
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest.firefox';
import { ensureFirefox } from './firefox';
import { startHostProxy, type HostProxy } from './host-proxy';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');
/** Fixed so extension pages have a known origin: Firefox otherwise draws a random uuid per profile. */
export const FIREFOX_EXTENSION_UUID = '5d3e2f1a-7b6c-4d8e-9f0a-1b2c3d4e5f60';
export const FIREFOX_BASE = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;

export interface FirefoxExtensionBrowser {
  browser: Browser;
  proxy: HostProxy;
  addonId: string;
  /** Firefox's own pid, to end it by its pid if closing over BiDi fails */
  pid: number | undefined;
  close(): Promise<void>;
}

export async function launchFirefoxExtension(options: {
  sandbox: { port: number; hosts: string[] };
  headless?: boolean;
  dist?: string;
}): Promise<FirefoxExtensionBrowser> {
  const dist = options.dist ?? DIST_FIREFOX;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No Firefox build in ${dist}: run "npm run build:firefox" first.`);
  const proxy = await startHostProxy(options.sandbox);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: ensureFirefox(),
      headless: options.headless ?? true,
      // Without it Firefox refuses navigation to moz-extension:// pages from the test.
      args: ['--remote-allow-system-access'],
      // The sandbox's certificate is self-signed. BiDi's acceptInsecureCerts makes Firefox accept
      // it browser-wide, the extension's background fetches included (checked by the suite).
      acceptInsecureCerts: true,
      defaultViewport: { width: 1400, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        // Every connection goes to the host proxy, which lets only the sandbox's hosts through.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.failover_direct': false,
        'network.http.http3.enable': false,
        // A headless run cannot click Firefox's permission doorhanger: permissions.request from a
        // click is granted without it (the pref Firefox's own tests use). The click is still needed.
        'extensions.webextOptionalPermissionPrompts': false,
        // Remote settings and other background traffic would only knock on the proxy; keep it quiet.
        'services.settings.server': 'data:,#remote-settings-off',
      },
    });
    const addonId = await browser.installExtension(dist);
    const pid = browser.process()?.pid;
    const opened = browser;
    return {
      browser: opened,
      proxy,
      addonId,
      pid,
      async close() {
        // A Firefox that does not answer the close in time is ended by its own pid.
        const closed = await Promise.race([
          opened.close().then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
        ]);
        if (!closed && pid) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        await proxy.close();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await proxy.close();
    throw err;
  }
}
