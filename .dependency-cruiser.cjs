// Which code may import which: checked in `npm test` (npm run -s deps). The direction is
//   ui → messages ← background → services → core        (content only mounts)
// Layers by path. Inside a feature folder (src/features/<name>/) the file's name says its layer:
//   messages.ts                 the feature's messages (schema, who may send them, answers)
//   worker.ts, *.worker.ts      worker code (background)
//   *.tsx, *.ui.ts              the feature's panel (ui)
//   anything else               its pure core
const FEATURE = '^src/features/[^/]+/';
const TEST = '\\.test\\.tsx?$';

const layer = {
  core: { path: ['^src/core/', FEATURE], pathNot: [`^src/features/.*/(messages|worker)\\.ts$`, '\\.worker\\.ts$', '\\.tsx$', '\\.ui\\.ts$', TEST] },
  messages: { path: ['^src/messages\\.ts$', '^src/protocol/', `${FEATURE}messages\\.ts$`] },
  services: { path: '^src/services/', pathNot: TEST },
  background: { path: ['^src/background/', '^src/storage/', `^src/features/.*/worker\\.ts$`, '\\.worker\\.ts$'], pathNot: TEST },
  ui: { path: ['^src/ui/', '\\.tsx$', '\\.ui\\.ts$'], pathNot: TEST },
  content: { path: '^src/content/', pathNot: TEST },
  offscreen: { path: '^src/offscreen/', pathNot: TEST },
};
const not = (...names) => ({ path: names.flatMap((n) => [layer[n].path].flat()) });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'An import cycle: split the shared part out.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'Pure core imports only pure core: no browser, no network, no worker, no UI.',
      from: layer.core,
      to: { path: ['^src/(background|services|ui|content|offscreen|protocol)/', '^src/messages\\.ts$', `^src/features/.*/(messages|worker)\\.ts$`, '\\.worker\\.ts$', '\\.tsx$', '\\.ui\\.ts$', 'webextension-polyfill', 'idb-keyval', 'preact'] },
    },
    {
      name: 'messages-declare-only',
      severity: 'error',
      comment: 'Messages are schemas and types: they import core and other messages only.',
      from: layer.messages,
      to: not('services', 'background', 'ui', 'content', 'offscreen'),
    },
    {
      name: 'services-use-core-only',
      severity: 'error',
      comment: "A provider's client knows nothing of features, the worker's wiring, pages or messages.",
      from: layer.services,
      to: { ...not('background', 'ui', 'content', 'offscreen', 'messages'), pathNot: '^src/protocol/offscreen\\.ts$' },
    },
    {
      name: 'ui-talks-through-messages',
      severity: 'error',
      comment: 'Pages reach the worker only by messages: no worker code, no provider client, no content script.',
      from: layer.ui,
      to: not('background', 'services', 'content', 'offscreen'),
    },
    {
      name: 'background-has-no-ui',
      severity: 'error',
      comment: 'Worker code imports no page or content script.',
      from: layer.background,
      to: not('ui', 'content'),
    },
    {
      name: 'content-only-mounts',
      severity: 'error',
      comment: 'A content script mounts the sidebar frame and relays; it imports core and the tab protocol only.',
      from: layer.content,
      to: not('ui', 'background', 'services', 'offscreen'),
    },
    {
      name: 'offscreen-runs-core',
      severity: 'error',
      comment: 'The offscreen document runs the pure detector and speaks its protocol.',
      from: layer.offscreen,
      to: not('ui', 'background', 'services', 'content'),
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      comment: 'Shipped code imports no test library or test helper (test helpers live in test/).',
      from: { path: '^src/', pathNot: TEST },
      to: { path: ['^test/', '(^|/)node_modules/(vitest|fast-check|@faker-js|playwright-core|puppeteer-core|fake-indexeddb)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: ['\\.css$', '\\.html$', '/data/'] },
  },
};
