/*
 * Redaction throughput and latency on a generated 20,000-word incident doc whose paragraphs are all
 * distinct (the scanner caches by paragraph, so repeats would flatter it). Prints, never asserts.
 * Cold start is measured as the offscreen document pays it: the detector bundled into one ES
 * module (esbuild), imported by a fresh Node process that then scans the doc once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createScanner, redact } from '../../src/core/redaction/index';
import { loadCompromise, redactWithSecondOpinion } from '../../src/offscreen/second-opinion';
import { redactTexts } from '../../src/offscreen/redact-texts';

const GIVEN = [
  'Alice',
  'Bram',
  'Chen',
  'Dagny',
  'Emeka',
  'Farah',
  'Goran',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kwabena',
  'Leila',
  'Mateus',
  'Nkechi',
  'Oskar',
  'Priyanka',
];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Silva', 'Kowalski', 'Achterberg', 'Nwosu', 'Ferreira', 'Yamamoto'];
const HANDLES = ['jdoe', 'k8s-wizard', 'mhernandez', 'zx81fan', 'tlopez', 'nkechi_o', 'bram.l'];
const SYSTEMS = [
  'primary database replica',
  'Sidekiq queue',
  'PgBouncer pool',
  'Gitaly node',
  'Redis cache',
  'Cloudflare edge',
  'Patroni cluster',
  'registry',
  'CI runner fleet',
  'object storage',
];
const EFFECTS = [
  'fell behind by',
  'grew past the alert threshold after',
  'returned 502 responses for',
  'reported high disk latency for',
  'evicted keys for',
  'recovered after',
];
const ACTIONS = [
  'restarted the replica',
  'rolled back the change',
  'failed over the pool',
  'raised the memory limit',
  'paused the backup job',
  'drained the node',
];

// A small deterministic generator, so every run reads the same doc.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function incidentDoc(words: number, seed = 7): string[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const sentence = (): string =>
    `The ${pick(SYSTEMS)} ${pick(EFFECTS)} ${1 + Math.floor(r() * 90)} minutes in ${pick(['us-east-1', 'eu-west-2', 'ap-south-1'])}, at ${Math.floor(r() * 24)}:${String(Math.floor(r() * 60)).padStart(2, '0')} UTC.`;
  const who = () => `${pick(GIVEN)} ${pick(LAST)}`;
  const paragraphs = new Set<string>();
  let count = 0;
  for (let i = 0; count < words; i++) {
    const time = `${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
    const p = [
      () => `${time} UTC: ${who()} ${pick(ACTIONS)}; @${pick(HANDLES)} confirmed. ${sentence()}`,
      () => `${pick(HANDLES)} [${1 + Math.floor(r() * 12)}:${String(Math.floor(r() * 60)).padStart(2, '0')} PM] ${sentence()} ${sentence()}`,
      () => `${sentence()} ${sentence()} ${pick(GIVEN)} pinged ${pick(GIVEN)} about it (ticket ${1000 + i}).`,
      () => `${sentence()} ${sentence()} ${sentence()}`,
    ][i % 4]!();
    if (paragraphs.has(p)) continue;
    paragraphs.add(p);
    count += p.split(/\s+/).length;
  }
  return [...paragraphs];
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

function coldStart(doc: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'redaction-bench-'));
  const bundle = join(dir, 'redaction.mjs');
  const built = spawnSync(
    'npx',
    ['esbuild', 'src/core/redaction/index.ts', '--bundle', '--format=esm', '--minify', `--outfile=${bundle}`, '--log-level=error'],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) return `not measured (esbuild: ${built.stderr.trim()})`;
  writeFileSync(join(dir, 'doc.json'), JSON.stringify(doc));
  const script = `
    import { readFileSync } from 'node:fs';
    const doc = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'doc.json'))}, 'utf8'));
    let t = performance.now();
    const r = await import(${JSON.stringify(bundle)});
    const imported = performance.now() - t;
    t = performance.now();
    r.createScanner().scanFindings(doc);
    console.log(JSON.stringify({ imported, scan: performance.now() - t }));`;
  const runs: { imported: number; scan: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) return `not measured (${child.stderr.trim()})`;
    runs.push(JSON.parse(child.stdout) as { imported: number; scan: number });
  }
  runs.sort((a, b) => a.imported + a.scan - (b.imported + b.scan));
  const m = runs[1] ?? runs[0]!;
  return `${ms(m.imported + m.scan)} (import ${ms(m.imported)}, first scan ${ms(m.scan)}; median of ${runs.length} fresh processes)`;
}

export async function run(): Promise<void> {
  const doc = incidentDoc(20_000);
  const words = doc.join(' ').split(/\s+/).length;
  console.log(`redaction: generated doc ${words} words in ${doc.length} paragraphs, ${new Set(doc).size} distinct`);
  console.log(`redaction: cold start ${coldStart(doc)}`);

  createScanner().scanFindings(doc);
  const fullScans: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    createScanner().scanFindings(doc);
    fullScans.push(performance.now() - t);
  }

  const scanner = createScanner();
  scanner.scanFindings(doc);
  const edits: number[] = [];
  const extra = incidentDoc(3_000, 99);
  for (let i = 0; i < 50; i++) {
    const edited = [...doc];
    const at = (i * 37) % edited.length;
    edited[at] = `${edited[at] ?? ''} ${extra[i % extra.length] ?? ''}`;
    const t = performance.now();
    scanner.scanFindings(edited);
    edits.push(performance.now() - t);
  }

  const latencies: number[] = [];
  let map = {};
  for (const [i, text] of extra.slice(0, 300).entries()) {
    const t = performance.now();
    map = redact(`${text} (entry ${i})`, {}, map).map;
    latencies.push(performance.now() - t);
  }
  for (const list of [latencies, fullScans, edits]) list.sort((a, b) => a - b);
  console.log(`redaction: warm full scan ${ms(percentile(fullScans, 0.5))} (median of ${fullScans.length}, fresh scanner each)`);
  console.log(`redaction: re-scan after one paragraph changed p50 ${ms(percentile(edits, 0.5))} p95 ${ms(percentile(edits, 0.95))}`);
  console.log(
    `redaction: new entry redact() p50 ${ms(percentile(latencies, 0.5))} p95 ${ms(percentile(latencies, 0.95))} (${latencies.length} distinct entries)`,
  );
  console.log(`redaction: second opinion ${await secondOpinionCost(doc)}`);
}

/**
 * What a scan with doubts pays on top in the offscreen document: compromise's first load, then
 * tagging the lines that hold doubts. The doc gets 20 paragraphs with a made-up word each where a
 * person could stand ("so Vokarel moved the registry"), so there is something to settle.
 */
async function secondOpinionCost(doc: string[]): Promise<string> {
  const syllables = ['vo', 'ka', 'rel', 'zin', 'dra', 'qu', 'mor', 'tes', 'lib', 'an'];
  const made = Array.from({ length: 20 }, (_, i) => syllables[i % 10]! + syllables[(i * 3 + 1) % 10]! + syllables[(i * 7 + 2) % 10]!);
  const withDoubts = [...doc, ...made.map((w, i) => `so ${w.charAt(0).toUpperCase()}${w.slice(1)} moved the ${SYSTEMS[i % SYSTEMS.length]!} (note ${i}).`)];
  let t = performance.now();
  await loadCompromise();
  const load = performance.now() - t;
  const without: number[] = [];
  const within: number[] = [];
  let plain = redactTexts(withDoubts, {}, {});
  let judged = await redactWithSecondOpinion(withDoubts, {}, {});
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    plain = redactTexts(withDoubts, {}, {});
    without.push(performance.now() - t);
    t = performance.now();
    judged = await redactWithSecondOpinion(withDoubts, {}, {});
    within.push(performance.now() - t);
  }
  for (const list of [without, within]) list.sort((a, b) => a - b);
  const held = plain.held.reduce((n, d) => n + d.length, 0);
  return (
    `compromise load ${ms(load)} (once per offscreen document); redactTexts ${ms(percentile(without, 0.5))} without it, ${ms(percentile(within, 0.5))} with it (medians of 5) ` +
    `for ${held} doubts in ${plain.held.filter((d) => d.length > 0).length} paragraphs (${judged.opinion?.people.length ?? 0} made people, ${judged.opinion?.things.length ?? 0} things)`
  );
}
