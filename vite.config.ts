/// <reference types="vitest/config" />
import { build as viteBuild, defineConfig, type Plugin, type Rollup } from 'vite';
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

// crxjs gives each content script a loader that `import()`s its module from the extension: a
// round trip that lands after the Docs page's load event, and only then is the sidebar frame made.
// The Docs script is the one on the sidebar's critical path, so its loader is replaced by the whole
// script built as one classic IIFE (no imports), which runs at document_end, before the page's load.
const DOCS_CONTENT = 'src/content/docs.ts';
function classicDocsScript(mode: string, target: string): Plugin {
  return {
    name: 'classic-docs-content-script',
    enforce: 'post',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((f) => f.type === 'asset' && /^assets\/docs\.ts-loader-[\w-]+\.js$/.test(f.fileName));
      if (loader?.type !== 'asset') this.error('crxjs wrote no loader for the Docs content script');
      const built = (await viteBuild({
        configFile: false,
        logLevel: 'warn',
        mode,
        define: { 'import.meta.env.MODE': JSON.stringify(mode) },
        build: { write: false, target, minify: true, lib: { entry: DOCS_CONTENT, formats: ['iife'], name: 'incidentDeskDocs', fileName: () => 'docs.js' } },
      })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
      const chunk = [built].flat()[0]!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
      if (!chunk || /\bimport\s*\(/.test(chunk.code)) this.error('the Docs content script did not build as one classic script');
      loader.source = chunk.code;
    },
  };
}

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
      classicDocsScript(mode, firefox ? 'firefox140' : 'chrome120'),
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
