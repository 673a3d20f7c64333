import { compileRules, type Findings, type Rules } from './detect';
import { createScannerWith } from './scanner';
import type { SecondOpinion } from './second-opinion';
import { withDefaults, type PersonSpan, type RedactionSettings } from './types';

/** Spans and doubts of a whole text, read line by line so chat logs and timelines keep their line cues. */
export function findingsWith(text: string, rules: Rules): Findings {
  const lines = text.split('\n');
  const perLine = createScannerWith(rules).scanFindings(lines);
  const out: Findings = { spans: [], doubts: [] };
  let offset = 0;
  lines.forEach((line, i) => {
    const f = perLine[i];
    for (const s of f?.spans ?? []) out.spans.push({ ...s, start: s.start + offset, end: s.end + offset });
    for (const d of f?.doubts ?? []) out.doubts.push({ ...d, start: d.start + offset, end: d.end + offset });
    offset += line.length + 1;
  });
  return out;
}

export function findPeopleWith(text: string, rules: Rules): PersonSpan[] {
  return findingsWith(text, rules).spans;
}

export function findPeople(text: string, settings?: Partial<RedactionSettings>): PersonSpan[] {
  return findPeopleWith(text, compileRules(withDefaults(settings)));
}

/** People and doubts: what `npm run redact:spans` prints and what review holds back. */
export function findFindings(text: string, settings?: Partial<RedactionSettings>, opinion?: SecondOpinion): Findings {
  return findingsWith(text, compileRules(withDefaults(settings), opinion));
}
