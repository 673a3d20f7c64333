/*
 * npm run -s redact:spans -- <file.jsonl>
 * Reads lines {"id","text",…}; writes {"id","spans":[{"start","end"}],"doubts":[{"start","end"}]} per line,
 * default settings, offsets in UTF-16 code units of text. Doubts are what review must settle.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findFindings } from '../../src/core/redaction/index';

export interface CorpusLine {
  id: string;
  /** narr, time, chat or neg in our own corpora */
  kind?: string;
  text: string;
  people?: { start: number; end: number; text?: string }[];
}

/** Reads a JSONL file, or exits with one clear line naming the file or the bad line. */
export function readJsonl(file: string | undefined): CorpusLine[] {
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n`);
    process.exit(2);
  };
  if (file === undefined) return fail('usage: <command> <file.jsonl>');
  let raw = '';
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const out: CorpusLine[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      fail(`${file}:${i + 1}: bad JSON line: ${(e as Error).message}`);
    }
    const v = value as Partial<CorpusLine> | null;
    if (v === null || typeof v !== 'object' || typeof v.text !== 'string') fail(`${file}:${i + 1}: expected an object with a string "text"`);
    out.push({
      id: String(v?.id ?? i + 1),
      text: v?.text ?? '',
      ...(typeof v?.kind === 'string' ? { kind: v.kind } : {}),
      ...(Array.isArray(v?.people) ? { people: v.people } : {}),
    });
  });
  return out;
}

function main(): void {
  // A reader that stops early (`| head`) is no failure of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  for (const line of readJsonl(process.argv[2])) {
    const found = findFindings(line.text);
    const at = (r: { start: number; end: number }) => ({ start: r.start, end: r.end });
    process.stdout.write(`${JSON.stringify({ id: line.id, spans: found.spans.map(at), doubts: found.doubts.map(at) })}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
