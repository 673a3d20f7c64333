/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as Parameters<typeof crx>[0]['manifest'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Vite's preload helper would fetch chunks from the host page's origin inside content scripts.
    modulePreload: false,
    // The offscreen document is opened by the worker at run time, and the sidebar page is framed by
    // the Docs content script: the manifest names neither as a page, so crxjs would only copy them.
    rolldownOptions: { input: { offscreen: 'src/offscreen/index.html', sidebar: 'src/ui/sidebar/index.html' } },
  },
  test: {
    // The soak stops its stand-in service worker mid-flight: what that worker left running then
    // fails with WorkerStopped, unheard, as a stopped worker's promises do. Nothing else is hidden.
    onUnhandledError: (error) => error.name !== 'WorkerStopped',
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/sandbox/**/*.test.ts', 'test/tools/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // What the UI shows follows the worker within seconds (the sidebar re-reads on a timer).
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          // The worker's real code under seeded faults (test/soak): short in `npm test`, long in `npm run soak`.
          name: 'soak',
          environment: 'node',
          include: ['test/soak/**/*.soak.ts'],
          testTimeout: 30 * 60_000,
        },
      },
      {
        test: {
          // The short soak in Chromium with the built extension's worker really stopped (npm run soak).
          name: 'soak-chromium',
          environment: 'node',
          include: ['test/soak/**/*.chromium.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
