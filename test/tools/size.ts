// Builds the extension and prints what each part costs, gzip; fails when a budget is broken.
// The eagerly injected Docs script runs on every Docs page load and the service worker wakes for
// every event, so both must stay small, and neither may carry the NLP library.
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

type Output = Rollup.RollupOutput['output'][number];

// crxjs's loaders are plain assets that reach their chunk by `import './x.js'` (the worker) or
// through chrome.runtime.getURL (content scripts), so those edges are read from their text.
const LOADER_IMPORT = /(?:getURL\(\s*|^import\s+)["'](?:\.\/|\/)?([^"']+\.js)["']/gm;

function code(item: Output): string {
  return item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('utf8');
}

/** The file and everything it imports statically: what must load before it can run. */
function staticGraph(files: Map<string, Output>, entry: string): Output[] {
  const seen = new Map<string, Output>();
  const visit = (name: string) => {
    const item = files.get(name);
    if (!item || seen.has(name)) return;
    seen.set(name, item);
    if (item.type === 'chunk') item.imports.forEach(visit);
    else for (const [, spec] of code(item).matchAll(LOADER_IMPORT)) if (spec) visit(spec);
  };
  visit(entry);
  return [...seen.values()];
}

async function main() {
  const result = await build({ logLevel: 'warn' });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = new Map(outputs.flatMap((o) => o.output.map((item) => [item.fileName, item] as const)));
  const manifest = JSON.parse(code(files.get('manifest.json')!)) as {
    background: { service_worker: string };
    content_scripts: { matches: string[]; js: string[] }[];
  };
  const docs = manifest.content_scripts.find((c) => c.matches.some((m) => m.startsWith('https://docs.google.com/')))!;
  const parts = [
    { what: 'Docs content script, eager (loader + entry)', entries: docs.js, budget: 15 },
    { what: 'Service worker bundle', entries: [manifest.background.service_worker], budget: 60 },
  ];
  let failed = false;
  console.log(`${'part'.padEnd(46)}${'gzip'.padStart(10)}${'budget'.padStart(10)}  files`);
  for (const part of parts) {
    const graph = part.entries.flatMap((entry) => staticGraph(files, entry));
    const kb = graph.reduce((sum, item) => sum + gzipSync(code(item)).length, 0) / 1024;
    const nlp = graph.filter((item) => item.type === 'chunk' && item.moduleIds.some((id) => id.includes('/node_modules/compromise/')));
    const ok = kb <= part.budget && nlp.length === 0;
    failed ||= !ok;
    console.log(`${part.what.padEnd(46)}${`${kb.toFixed(1)} KB`.padStart(10)}${`${part.budget} KB`.padStart(10)}  ${graph.length}${ok ? '' : '  OVER BUDGET'}`);
    if (nlp.length) console.log(`  compromise (NLP) must not load here; it is in ${nlp.map((c) => c.fileName).join(', ')}`);
  }
  const total = [...files.values()].reduce((sum, item) => sum + gzipSync(code(item)).length, 0) / 1024;
  console.log(`${'Whole extension'.padEnd(46)}${`${total.toFixed(1)} KB`.padStart(10)}`);
  if (failed) process.exit(1);
}

await main();
