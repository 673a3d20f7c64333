import { ensureDebianBrowser, printBrowser } from './debian-browser';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ensureChromium = (): string => ensureDebianBrowser(CHROMIUM, 'chromium', 'Chromium', 'CHROMIUM_PATH');

if (import.meta.url === `file://${process.argv[1]}`) printBrowser('Chromium', ensureChromium);
