import { compileRules, type Rules } from './detect';
import { createScannerWith } from './scanner';
import { withDefaults, type PersonSpan, type RedactionSettings } from './types';

/** Spans of a whole text, read line by line so chat logs and timelines keep their line cues. */
export function findPeopleWith(text: string, rules: Rules): PersonSpan[] {
  const lines = text.split('\n');
  const perLine = createScannerWith(rules).scan(lines);
  const out: PersonSpan[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    for (const s of perLine[i] ?? []) out.push({ ...s, start: s.start + offset, end: s.end + offset });
    offset += line.length + 1;
  });
  return out;
}

export function findPeople(text: string, settings?: Partial<RedactionSettings>): PersonSpan[] {
  return findPeopleWith(text, compileRules(withDefaults(settings)));
}
