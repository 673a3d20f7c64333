/*
 * npm run -s eval:redaction              dev corpus and held-out set side by side (figures only)
 * npm run -s eval:redaction -- FILE      one labelled file: misses, false positives, doubts, then figures
 * add --dev to the first to leave the held-out sets out (for work on rules)
 * add --second-opinion to either: doubts are put to compromise first, as the offscreen document does
 * Scores the detector (default settings, no roster) on gold "people" spans, per span:
 *   recall     share of gold spans fully covered by a redaction
 *   precision  share of redactions that touch a gold span
 *   leak       share of name-bearing lines with a name left unredacted
 *   unheld     the same, counting what a doubt holds back for review as not left
 *   doubts/kw  distinct doubtful terms per 1,000 words of the name-free lines (the review load)
 * Sets whose lines carry a kind (narr, time, chat, neg) get a row per kind below their own, so a
 * gain on one kind of text cannot hide a loss on another.
 */
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findFindings, secondOpinion, type Tagger } from '../../src/core/redaction/index';
import { loadCompromise } from '../../src/offscreen/second-opinion';
import { readJsonl, type CorpusLine } from './redact-spans';

const ALNUM = /[\p{L}\p{N}]/u;
const DEV = '../shared/corpus/redaction-dev.jsonl';
// Our own sets, found by name in test/corpus (each marked file's header says how it was written):
// dev-*.jsonl are tuned to freely; held-out*.jsonl are never tuned to.
const CORPUS = 'test/corpus';
const ours = (prefix: string): [string, string][] =>
  readdirSync(CORPUS)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
    .map((f): [string, string] => [f.replace(/\.jsonl$/, ''), `${CORPUS}/${f}`])
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));

type R = { start: number; end: number };

function covered(g: R, text: string, by: R[]): boolean {
  for (let i = g.start; i < g.end; i++) if (ALNUM.test(text[i] ?? '') && !by.some((p) => p.start <= i && i < p.end)) return false;
  return true;
}

export interface Score {
  recall: number;
  precision: number;
  leak: number;
  unheld: number;
  doubtsPerKWords: number;
  lines: number;
  report: string[];
}

/** With a tagger, each line's doubts get the second opinion the offscreen document gives a scan. */
export function score(lines: CorpusLine[], tag?: Tagger): Score {
  let gold = 0,
    recalled = 0,
    predicted = 0,
    fp = 0,
    named = 0,
    leaking = 0,
    unheld = 0,
    words = 0;
  const cleanDoubts = new Set<string>();
  const report: string[] = [];
  for (const line of lines) {
    const people = line.people ?? [];
    let { spans, doubts } = findFindings(line.text);
    if (tag !== undefined && doubts.length > 0) ({ spans, doubts } = findFindings(line.text, {}, secondOpinion([line.text], [doubts], tag)));
    predicted += spans.length;
    let leaks = false;
    let escapes = false;
    for (const g of people) {
      gold++;
      if (covered(g, line.text, spans)) recalled++;
      else {
        leaks = true;
        const held = covered(g, line.text, [...spans, ...doubts]);
        if (!held) escapes = true;
        report.push(`miss${held ? ' (held)' : ''} ${line.id}: ${JSON.stringify(line.text.slice(g.start, g.end))} in ${JSON.stringify(line.text)}`);
      }
    }
    if (people.length > 0) {
      named++;
      if (leaks) leaking++;
      if (escapes) unheld++;
    } else {
      words += line.text.split(/\s+/).filter((w) => ALNUM.test(w)).length;
      for (const d of doubts) {
        cleanDoubts.add(d.text.toLowerCase());
        report.push(`doubt ${line.id}: ${JSON.stringify(d.text)} (${d.reason}) in ${JSON.stringify(line.text)}`);
      }
    }
    for (const s of spans) {
      if (people.some((g) => g.start < s.end && s.start < g.end)) continue;
      fp++;
      report.push(`false positive ${line.id}: ${JSON.stringify(s.text)} (${s.layer}) in ${JSON.stringify(line.text)}`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(recalled, gold),
    precision: ratio(predicted - fp, predicted),
    leak: named === 0 ? 0 : leaking / named,
    unheld: named === 0 ? 0 : unheld / named,
    doubtsPerKWords: words === 0 ? 0 : (cleanDoubts.size * 1000) / words,
    lines: lines.length,
    report,
  };
}

const figures = (s: Score) =>
  `recall=${s.recall.toFixed(3)} precision=${s.precision.toFixed(3)} leak=${s.leak.toFixed(3)} unheld=${s.unheld.toFixed(3)} doubts/kw=${s.doubtsPerKWords.toFixed(2)} lines=${s.lines}`;

/** The lines of each kind, in the order kinds first appear; empty when the lines carry none. */
export function byKind(lines: CorpusLine[]): [string, CorpusLine[]][] {
  const kinds = new Map<string, CorpusLine[]>();
  for (const line of lines) {
    if (line.kind === undefined) continue;
    kinds.set(line.kind, [...(kinds.get(line.kind) ?? []), line]);
  }
  return [...kinds];
}

const row = (name: string, s: Score): string =>
  name.padEnd(16) +
  [s.recall, s.precision, s.leak, s.unheld].map((n) => n.toFixed(3).padStart(10)).join('') +
  s.doubtsPerKWords.toFixed(2).padStart(10) +
  String(s.lines).padStart(10);

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const tag = args.includes('--second-opinion') ? await loadCompromise() : undefined;
// --dev: our own sets only, for working on rules without a look at the held-out figures.
const devOnly = args.includes('--dev');
if (import.meta.url !== pathToFileURL(process.argv[1] ?? '').href) {
  // imported by a test: score() and byKind() only
} else if (file !== undefined) {
  // A reader that stops early (`| head`) is no failure of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  const s = score(readJsonl(file), tag);
  for (const r of s.report) console.log(r);
  console.log(figures(s));
} else {
  const all: [string, string][] = [['dev', DEV], ...ours('dev-'), ...ours('held-out')];
  const sets = all.filter(([name]) => !devOnly || !name.startsWith('held-out'));
  const cols = ['', 'recall', 'precision', 'leak', 'unheld', 'doubts/kw', 'lines'];
  console.log(cols.map((c, i) => (i === 0 ? c.padEnd(16) : c.padStart(10))).join(''));
  const dev: CorpusLine[] = [];
  const held: CorpusLine[] = [];
  for (const [name, f] of sets.filter(([, f]) => existsSync(f))) {
    const lines = readJsonl(f);
    if (name.startsWith('held-out')) held.push(...lines);
    else if (name !== 'dev') dev.push(...lines);
    console.log(row(name, score(lines, tag)));
    for (const [kind, some] of byKind(lines)) console.log(row(`  ${kind}`, score(some, tag)));
  }
  // Side by side: all our own dev cases against all held-out lines.
  console.log(row('ALL our dev', score(dev, tag)));
  if (held.length > 0) console.log(row('ALL held-out', score(held, tag)));
}
