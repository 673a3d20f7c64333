import { ensureDebianBrowser, printBrowser } from './debian-browser';

/** Playwright cannot drive a stock Firefox; puppeteer-core drives Debian's ESR over WebDriver BiDi. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const ensureFirefox = (): string => ensureDebianBrowser(FIREFOX, 'firefox-esr', 'Firefox', 'FIREFOX_PATH');

if (import.meta.url === `file://${process.argv[1]}`) printBrowser('Firefox', ensureFirefox);
