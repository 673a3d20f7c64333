/*
 * Redaction throughput and latency on a generated 20,000-word incident doc. Prints, never asserts.
 * Cold start is measured in a fresh module graph only the first time run() is called in a process.
 */
import { performance } from 'node:perf_hooks';

const FIRST = ['Alice', 'Bram', 'Chen', 'Dagny', 'Emeka', 'Farah', 'Goran', 'Hiroshi', 'Ines', 'Jonas'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Silva', 'Kowalski'];
const HANDLES = ['jdoe', 'k8s-wizard', 'mhernandez', 'zx81fan', 'tlopez'];
const FILLER = [
  'The primary database replica fell behind and Sidekiq queues grew past the alert threshold.',
  'We failed over PgBouncer to the standby pool and watched the error rate on GitLab.com drop.',
  'Customers on GitHost saw intermittent 502 responses from Cloudflare during the window.',
  'The runbook step for Patroni was out of date, so the failover took longer than planned.',
  'Gitaly nodes in the east region reported high disk latency during the backup job.',
  'Monitoring showed the Redis cache evicting keys on Tuesday after the config change.',
  'The incident was escalated to the Production Lead and the war room was opened in Zoom.',
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function entry(i: number): string {
  const who = `${pick(FIRST, i)} ${pick(LAST, i * 7)}`;
  switch (i % 4) {
    case 0: return `${String(10 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC: ${who} restarted the replica; @${pick(HANDLES, i)} confirmed. ${pick(FILLER, i)}`;
    case 1: return `${pick(HANDLES, i)} [${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} PM] ${pick(FILLER, i)} ${pick(FILLER, i + 3)}`;
    case 2: return `${pick(FILLER, i)} ${pick(FILLER, i + 1)} ${pick(FIRST, i + 2)} pinged ${pick(FIRST, i + 5)} about it.`;
    default: return `${pick(FILLER, i + 2)} ${pick(FILLER, i + 4)} ${pick(FILLER, i + 5)}`;
  }
}

export function incidentDoc(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = entry(i);
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return paragraphs;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const doc = incidentDoc(20_000);
  const words = doc.join(' ').split(/\s+/).length;

  let t = performance.now();
  const redaction = await import('../../src/core/redaction/index');
  const imported = performance.now() - t;
  t = performance.now();
  redaction.createScanner().scan(doc);
  const firstScan = performance.now() - t;

  const fullScans: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    redaction.createScanner().scan(doc);
    fullScans.push(performance.now() - t);
  }

  const scanner = redaction.createScanner();
  scanner.scan(doc);
  const edits: number[] = [];
  for (let i = 0; i < 50; i++) {
    const edited = [...doc];
    const at = (i * 37) % edited.length;
    edited[at] = `${edited[at] ?? ''} Update ${i}: Dagny Moreau rolled back the change.`;
    t = performance.now();
    scanner.scan(edited);
    edits.push(performance.now() - t);
  }

  const latencies: number[] = [];
  let map = {};
  for (let i = 0; i < 300; i++) {
    const text = `${entry(i * 13 + 5)} (entry ${i})`;
    t = performance.now();
    map = redaction.redact(text, {}, map).map;
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  fullScans.sort((a, b) => a - b);
  edits.sort((a, b) => a - b);

  console.log(`redaction: generated doc ${words} words in ${doc.length} paragraphs`);
  console.log(`redaction: cold start ${ms(imported + firstScan)} (import ${ms(imported)}, first scan ${ms(firstScan)})`);
  console.log(`redaction: warm full scan ${ms(percentile(fullScans, 0.5))} (median of ${fullScans.length}, fresh scanner each)`);
  console.log(`redaction: re-scan after one paragraph changed p50 ${ms(percentile(edits, 0.5))} p95 ${ms(percentile(edits, 0.95))}`);
  console.log(`redaction: per entry redact() p50 ${ms(percentile(latencies, 0.5))} p95 ${ms(percentile(latencies, 0.95))} (${latencies.length} entries)`);
}
