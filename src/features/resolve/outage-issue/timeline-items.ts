// The timeline as a Markdown list, one item per entry, in the doc's own words: time (UTC), kind,
// text. Entries can be backdated, so they are put in time order here; entries at the same time
// keep the order they were written in.
import { formatUtc, type TimelineEntry } from '../../timeline/timeline';
import { escapeMarkdownText, oneLine } from './escape-markdown';

// Escaping turns one character into at most four (`<` into `&lt;`), and may add one backslash
// at the start of the line.
const MAX_EXPANSION = 4;

function itemPrefix(entry: TimelineEntry, continued: boolean): string {
  const kind = entry.kind === 'guess' ? '**[guess]** _(unconfirmed)_' : `[${entry.kind}]`;
  return `- **${formatUtc(entry.at)}** — ${kind}${continued ? ' _(continued)_' : ''} `;
}

// Cuts at a space in the second half of the window when there is one, else at the window's
// end, never inside a surrogate pair.
function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > size) {
    let end = rest.lastIndexOf(' ', size);
    if (end < size / 2) end = /[\uD800-\uDBFF]/.test(rest.charAt(size - 1)) ? size - 1 : size;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  return [...pieces, rest];
}

/**
 * One line per entry; an entry too long for one item of `maxItem` characters is cut into
 * items marked "(continued)", so a note can always hold an item and nothing is dropped.
 */
export function timelineItems(entries: TimelineEntry[], maxItem: number): string[] {
  const ordered = entries.map((entry, index) => ({ entry, index, time: Date.parse(entry.at) })).sort((a, b) => a.time - b.time || a.index - b.index);
  return ordered.flatMap(({ entry }) => {
    const line = itemPrefix(entry, false) + escapeMarkdownText(entry.text);
    if (line.length <= maxItem) return [line];
    const room = Math.floor((maxItem - itemPrefix(entry, true).length - 1) / MAX_EXPANSION);
    if (room < 1) throw new RangeError(`A timeline item cannot fit in ${maxItem} characters`);
    return cut(oneLine(entry.text), room).map((piece, i) => itemPrefix(entry, i > 0) + escapeMarkdownText(piece));
  });
}
