import { describe, expect, it } from 'vitest';
import type { docs_v1 } from '@googleapis/docs';
import { findSection, insertionIndex, paragraphs, replaceSectionBody, timelineEntries } from './doc-sections';

/** A Docs API body built from lines, with UTF-16 indexes as the API gives them. */
function doc(lines: [string, string?][]): docs_v1.Schema$Document {
  let index = 1;
  return {
    body: {
      content: lines.map(([text, style = 'NORMAL_TEXT']) => {
        const start = index;
        index += text.length + 1;
        return {
          startIndex: start,
          endIndex: index,
          paragraph: { elements: [{ textRun: { content: `${text}\n` } }], paragraphStyle: { namedStyleType: style } },
        };
      }),
    },
  };
}

const sample = doc([
  ['Major incident: 🔥 db', 'TITLE'],
  ['Timeline', 'HEADING_1'],
  ['2026-11-27 14:02 UTC — [action] declared'],
  ['2026-11-27 14:30 UTC — [fact] replica 🔥 lag 40s'],
  ['someone typed a note here'],
  ['Customer impact', 'HEADING_1'],
  ['GitLab.com: unknown.'],
  ['GitHost: unknown.'],
  ['Post-mortem', 'HEADING_1'],
  ['later'],
]);

describe('doc sections', () => {
  const all = paragraphs(sample);
  const timeline = findSection(all, 'Timeline')!;

  it('finds a section and its paragraphs up to the next heading', () => {
    expect(timeline.body.map((p) => p.text)).toEqual([
      '2026-11-27 14:02 UTC — [action] declared',
      '2026-11-27 14:30 UTC — [fact] replica 🔥 lag 40s',
      'someone typed a note here',
    ]);
    expect(findSection(all, 'customer impact')!.body).toHaveLength(2);
    expect(findSection(all, 'Nope')).toBeUndefined();
  });

  it('parses the entries, also those typed by others in the format', () => {
    expect(timelineEntries(timeline).map((e) => [e.at, e.kind])).toEqual([
      ['2026-11-27T14:02:00.000Z', 'action'],
      ['2026-11-27T14:30:00.000Z', 'fact'],
    ]);
  });

  it('inserts a backdated entry before later ones, and a new one after the last paragraph', () => {
    const [, , first, second, note] = all;
    expect(insertionIndex(timeline, '2026-11-27T13:50:00Z')).toBe(first!.startIndex);
    expect(insertionIndex(timeline, '2026-11-27T14:10:00Z')).toBe(second!.startIndex);
    expect(insertionIndex(timeline, '2026-11-27T14:30:45Z')).toBe(note!.endIndex);
    // the emoji in the title and entry are surrogate pairs: indexes move by 2 for each
    expect(second!.endIndex - second!.startIndex).toBe('2026-11-27 14:30 UTC — [fact] replica 🔥 lag 40s'.length + 1);
  });

  it('replaces a section body and restyles what it inserts as normal text', () => {
    const impact = findSection(all, 'Customer impact')!;
    const requests = replaceSectionBody(impact, ['GitLab.com: degraded.', 'GitHost: operational.']);
    expect(requests[0]).toEqual({ deleteContentRange: { range: { startIndex: impact.heading.endIndex, endIndex: impact.body[1]!.endIndex } } });
    expect(requests[1]).toEqual({ insertText: { location: { index: impact.heading.endIndex }, text: 'GitLab.com: degraded.\nGitHost: operational.\n' } });
    expect(requests[2]!.updateParagraphStyle!.paragraphStyle).toEqual({ namedStyleType: 'NORMAL_TEXT' });
  });
});
