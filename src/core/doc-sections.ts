// Finding and rewriting the incident doc's sections (Timeline, Customer impact, War room live?)
// from the Docs API's paragraphs. Indexes are the API's UTF-16 offsets; every write is computed
// against one read revision and sent pinned to it, so it is exact or refused.
import type { docs_v1 } from '@googleapis/docs';
import { parseEntry, type TimelineEntry } from '../features/timeline/timeline';

export interface Paragraph {
  text: string;
  startIndex: number;
  endIndex: number;
  style: string;
}

export interface Section {
  heading: Paragraph;
  /** the paragraphs after the heading up to the next HEADING_1 (or the end) */
  body: Paragraph[];
}

export function paragraphs(doc: docs_v1.Schema$Document): Paragraph[] {
  return (doc.body?.content ?? [])
    .filter((el) => el.paragraph)
    .map((el) => ({
      text: (el.paragraph!.elements ?? [])
        .map((e) => e.textRun?.content ?? '')
        .join('')
        .replace(/\n$/, ''),
      startIndex: el.startIndex ?? 0,
      endIndex: el.endIndex ?? 0,
      style: el.paragraph!.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT',
    }));
}

const isHeading = (p: Paragraph) => p.style.startsWith('HEADING_1') || p.style === 'TITLE';

export function findSection(all: Paragraph[], name: string): Section | undefined {
  const at = all.findIndex((p) => p.style.startsWith('HEADING') && p.text.trim().toLowerCase() === name.toLowerCase());
  if (at < 0) return undefined;
  const rest = all.slice(at + 1);
  const end = rest.findIndex(isHeading);
  return { heading: all[at]!, body: end < 0 ? rest : rest.slice(0, end) };
}

export function timelineEntries(section: Section): TimelineEntry[] {
  return section.body.flatMap((p) => {
    const entry = parseEntry(p.text);
    return entry ? [entry] : [];
  });
}

/**
 * Where a new entry goes so the Timeline stays in time order: before the first entry that is
 * later, else after the last paragraph of the section. Entries at the same minute keep the
 * order they were added in.
 */
export function insertionIndex(section: Section, at: string): number {
  const time = Date.parse(at);
  const later = section.body.find((p) => {
    const entry = parseEntry(p.text);
    return entry !== undefined && Date.parse(entry.at) > Math.floor(time / 60_000) * 60_000;
  });
  if (later) return later.startIndex;
  const last = section.body.filter((p) => p.text.trim() !== '').at(-1) ?? section.heading;
  return last.endIndex;
}

type Request = docs_v1.Schema$Request;

/** Insert whole paragraphs at a paragraph boundary, styled as normal text whatever follows. */
export function insertParagraphs(index: number, lines: string[]): Request[] {
  if (!lines.length) return [];
  const text = lines.map((l) => `${l.replace(/\s*\n\s*/g, ' ')}\n`).join('');
  return [
    { insertText: { location: { index }, text } },
    {
      updateParagraphStyle: {
        range: { startIndex: index, endIndex: index + text.length },
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        fields: 'namedStyleType',
      },
    },
  ];
}

/** Replace a section's body with new lines (the heading stays). */
export function replaceSectionBody(section: Section, lines: string[]): Request[] {
  const start = section.heading.endIndex;
  const end = section.body.at(-1)?.endIndex ?? start;
  const requests: Request[] = [];
  if (end > start) requests.push({ deleteContentRange: { range: { startIndex: start, endIndex: end } } });
  return [...requests, ...insertParagraphs(start, lines)];
}
