/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './manifest.firefox.ts';

type CrxManifest = Parameters<typeof crx>[0]['manifest'];

// twitter-text's build imports core-js 2 polyfills for ES2015 built-ins (RegExp, Array and Object
// methods, iterators) that every browser this builds for (chrome120, firefox140) has. Left in, they
// would patch those built-ins in the offscreen document and the event page, add ~8 KB gzip, and
// bring a Function constructor that web-ext lint flags as eval.
const NATIVE_BUILT_IN = '\0native-built-in';
const nativeBuiltIns: Plugin = {
  name: 'native-built-ins',
  enforce: 'pre',
  resolveId: (id) => (id.startsWith('core-js/modules/') ? NATIVE_BUILT_IN : undefined),
  load: (id) => (id === NATIVE_BUILT_IN ? 'export {};' : undefined),
};

const browserTests = {
  environment: 'node' as const,
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 90_000,
  // What the UI shows follows the worker within seconds (the sidebar re-reads on a timer).
  expect: { poll: { timeout: 10_000 } },
};

// `vite build --mode firefox` (npm run build:firefox): the same sources, the manifest derived for
// Firefox (manifest.firefox.ts), into dist-firefox/. Code that must differ asks `import.meta.env.MODE`.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      nativeBuiltIns,
      preact(),
      firefox ? crx({ manifest: firefoxManifest() as unknown as CrxManifest, browser: 'firefox' }) : crx({ manifest: manifest as CrxManifest }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox140' : 'chrome120',
      sourcemap: false,
      // Vite's preload helper would fetch chunks from the host page's origin inside content scripts.
      modulePreload: false,
      // The offscreen document is opened by the worker at run time, and the sidebar page is framed by
      // the Docs content script: the manifest names neither as a page, so crxjs would only copy them.
      // Firefox has no offscreen documents: its event page redacts itself (background/redaction.ts).
      rolldownOptions: {
        input: { sidebar: 'src/ui/sidebar/index.html', ...(firefox ? {} : { offscreen: 'src/offscreen/index.html' }) },
      },
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
            include: [
              'src/**/*.test.ts',
              'src/**/*.test.tsx',
              'test/sandbox/**/*.test.ts',
              'test/tools/**/*.test.ts',
              'test/browser/**/*.test.ts',
              'test/worker/**/*.test.ts',
            ],
          },
        },
        { test: { name: 'e2e', include: ['test/e2e/**/*.e2e.ts'], ...browserTests } },
        { test: { name: 'e2e-firefox', include: ['test/e2e-firefox/**/*.e2e.ts'], ...browserTests } },
        // The worker's real code under seeded faults (test/soak): short in `npm test`, long in `npm run soak`.
        { test: { name: 'soak', environment: 'node', include: ['test/soak/**/*.soak.ts'], testTimeout: 30 * 60_000 } },
        // The short soak in Chromium with the built extension's worker really stopped (npm run soak).
        { test: { name: 'soak-chromium', environment: 'node', include: ['test/soak/**/*.chromium.ts'], testTimeout: 120_000 } },
      ],
    },
  };
});
