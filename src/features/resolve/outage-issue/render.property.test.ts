import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../timeline/timeline';
import { escapeMarkdownText } from './escape-markdown';
import { renderOutageIssue } from './render-outage-issue';
import { sampleReport, visibleText } from './test-support';

// Pieces that GitLab or Markdown read as something, mixed with plain words and line breaks.
const PIECES = [
  '/',
  '/close',
  ' /label ~bug',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '  ',
  '\t',
  '@',
  '@all',
  '#',
  '#12',
  '!3',
  '$4',
  '%"m"',
  '&5',
  '~',
  '*',
  '_',
  '`',
  '|',
  '\\',
  '<',
  '>',
  '<!--',
  '-->',
  '[',
  ']',
  '(',
  ')',
  '![x](y)',
  '[[_TOC_]]',
  '{+',
  '+}',
  '-',
  '+',
  '1.',
  '2)',
  '=',
  '>>>',
  '```',
  '$$',
  '&amp;',
  'https://status.example.com/a_b?c=1&d=2#e',
  'http://x.y/(z).',
  'word',
  'é',
  '🔥',
];
const messyText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

const ITEM = /^- \*\*\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\*\* — (?:\[\w+\]|\*\*\[guess\]\*\* _\(unconfirmed\)_) (.*)$/;
// What the reader should see of an entry: its text on one line, as escape-markdown documents.
const asOneLine = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDFFF]/gu, '\uFFFD')
    .replace(/\s*[\n\r\u000B\u000C\u0085\u2028\u2029]\s*/g, ' ')
    .replace(/\t/g, ' ')
    .trim();

describe('rendering properties', () => {
  it('no output line starts with / and every entry is there, in order, reading as written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(messyText, fc.constantFrom<TimelineEntry['kind']>('fact', 'guess', 'data')), { maxLength: 12 }),
        messyText,
        (texts, summary) => {
          const timeline = texts.map(([text, kind], i) => ({ at: new Date(Date.parse('2026-11-27T14:00:00Z') + i * 60_000).toISOString(), kind, text }));
          const issue = renderOutageIssue(
            { ...sampleReport(), summary, timeline, impact: [{ segment: summary, status: 'unknown', affected: summary, note: summary }] },
            ['outage'],
          );
          const lines = [issue.description, ...issue.notes].join('\n').split('\n');
          expect(lines.filter((l) => l.trim().startsWith('/'))).toEqual([]);
          const shown = lines
            .map((l) => ITEM.exec(l)?.[1])
            .filter((t) => t !== undefined)
            .map(visibleText);
          expect(shown).toEqual(texts.map(([text]) => asOneLine(text)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('escaped text is one line that starts no quick action and opens no HTML', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const escaped = escapeMarkdownText(text);
        expect(escaped).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(escaped.trimStart().startsWith('/')).toBe(false);
        expect(escaped).not.toMatch(/<(?!https?:\/\/)/);
      }),
      { numRuns: 500 },
    );
  });
});
