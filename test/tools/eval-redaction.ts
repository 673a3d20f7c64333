/*
 * npm run -s eval:redaction -- <file.jsonl>
 * Scores findPeople (default settings, no roster) against the gold "people" spans: prints the
 * misses, the false positives, and last `recall=R precision=P leak=L spans=N lines=M`.
 */
import { findPeople } from '../../src/core/redaction/index';
import { readJsonl } from './redact-spans';

const ALNUM = /[\p{L}\p{N}]/u;

function covered(start: number, end: number, text: string, predicted: { start: number; end: number }[]): boolean {
  for (let i = start; i < end; i++) {
    if (ALNUM.test(text[i] ?? '') && !predicted.some((p) => p.start <= i && i < p.end)) return false;
  }
  return true;
}

const lines = readJsonl(process.argv[2]);
let gold = 0;
let recalled = 0;
let predictedCount = 0;
let falsePositives = 0;
let linesWithNames = 0;
let leaking = 0;
const misses: string[] = [];
const fps: string[] = [];
for (const line of lines) {
  const people = line.people ?? [];
  const predicted = findPeople(line.text);
  predictedCount += predicted.length;
  let leaks = false;
  for (const g of people) {
    gold++;
    if (covered(g.start, g.end, line.text, predicted)) recalled++;
    else {
      leaks = true;
      misses.push(`miss ${line.id}: ${JSON.stringify(line.text.slice(g.start, g.end))} in ${JSON.stringify(line.text)}`);
    }
  }
  if (people.length > 0) {
    linesWithNames++;
    if (leaks) leaking++;
  }
  for (const p of predicted) {
    if (!people.some((g) => g.start < p.end && p.start < g.end)) {
      falsePositives++;
      fps.push(`false positive ${line.id}: ${JSON.stringify(p.text)} (${p.layer}) in ${JSON.stringify(line.text)}`);
    }
  }
}
for (const m of misses) console.log(m);
for (const f of fps) console.log(f);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(3);
console.log(`recall=${ratio(recalled, gold)} precision=${ratio(predictedCount - falsePositives, predictedCount)} leak=${linesWithNames === 0 ? '0.000' : (leaking / linesWithNames).toFixed(3)} spans=${predictedCount} lines=${lines.length}`);
