/*
 * npm run -s corpus:compile -- test/corpus/NAME.marked.txt
 * Turns a hand-labelled case file (kind<TAB>text, people in ⟦…⟧, # comments) into the corpus JSONL
 * format of redaction-dev.jsonl, with spans in UTF-16 code units, written beside it as NAME.jsonl.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const OPEN = '⟦';
const CLOSE = '⟧';

export interface Compiled {
  id: string;
  kind: string;
  text: string;
  people: { start: number; end: number; text: string }[];
}

/** One marked case; throws on unbalanced or nested marks so a typo cannot mislabel a line. */
export function compileLine(marked: string): { text: string; people: Compiled['people'] } {
  let text = '';
  const people: Compiled['people'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) {
      if (open >= 0) throw new Error(`nested ${OPEN} in ${marked}`);
      open = text.length;
    } else if (ch === CLOSE) {
      if (open < 0) throw new Error(`${CLOSE} without ${OPEN} in ${marked}`);
      people.push({ start: open, end: text.length, text: text.slice(open, text.length) });
      open = -1;
    } else {
      text += ch;
    }
  }
  if (open >= 0) throw new Error(`unclosed ${OPEN} in ${marked}`);
  return { text, people };
}

export function compileFile(file: string): Compiled[] {
  const prefix = basename(file).replace(/\.marked\.txt$/, '');
  const out: Compiled[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new Error(`no kind<TAB> in: ${raw}`);
    const { text, people } = compileLine(raw.slice(tab + 1));
    out.push({ id: `${prefix}-${String(out.length + 1).padStart(3, '0')}`, kind: raw.slice(0, tab), text, people });
  }
  return out;
}

const file = process.argv[2];
if (file !== undefined && process.argv[1]?.endsWith('compile-corpus.ts')) {
  const lines = compileFile(file);
  writeFileSync(file.replace(/\.marked\.txt$/, '.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  console.log(`${lines.length} lines, ${lines.reduce((n, l) => n + l.people.length, 0)} people`);
}
