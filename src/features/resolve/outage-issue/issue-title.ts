// GitLab renders an issue title without Markdown but with mentions and references (a mention
// in a title pings like one in the description), and caps it at 255 characters.
import { oneLine } from './escape-markdown';
import { neutralizeReferences } from './neutralize-references';
import { MAX_TITLE } from './report';

const PREFIX = 'Outage: ';

export function outageIssueTitle(title: string, incidentId: string): string {
  const text = neutralizeReferences(oneLine(title).replace(/\s+/g, ' ')) || incidentId;
  if (PREFIX.length + text.length <= MAX_TITLE) return PREFIX + text;
  // Cut between graphemes so no emoji or accented letter is left half drawn.
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  let shortened = '';
  for (const g of graphemes) {
    if (PREFIX.length + shortened.length + g.length + 1 > MAX_TITLE) break;
    shortened += g;
  }
  return `${PREFIX}${shortened.trimEnd()}…`;
}
