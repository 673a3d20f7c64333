// X counts "weighted" characters: most count 1, CJK and emoji count 2, and every URL counts 23
// (t.co) whatever its length; the limit is 280. Text is NFC-normalised first.
export const MAX_WEIGHTED = 280;
export const URL_WEIGHT = 23;

const URL_PATTERN = /https?:\/\/[^\s]+/g;
// Code points X weighs 1 (twitter-text v3 ranges); everything else weighs 2.
const LIGHT_RANGES: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function weightOf(codePoint: number): number {
  return LIGHT_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi) ? 1 : 2;
}

function textWeight(text: string): number {
  // An emoji sequence joined with ZWJ counts as one emoji.
  const segments = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text);
  let weight = 0;
  for (const { segment } of segments) {
    if (segment.length > 1 && /\p{Extended_Pictographic}/u.test(segment)) weight += 2;
    else for (const ch of segment) weight += weightOf(ch.codePointAt(0)!);
  }
  return weight;
}

export function weightedLength(text: string): number {
  const normalised = text.normalize('NFC');
  let weight = 0;
  let last = 0;
  for (const match of normalised.matchAll(URL_PATTERN)) {
    weight += textWeight(normalised.slice(last, match.index)) + URL_WEIGHT;
    last = match.index + match[0].length;
  }
  return weight + textWeight(normalised.slice(last));
}

/**
 * `build(part)` with `part` shortened, a grapheme at a time and with an ellipsis, until the whole
 * fits in one tweet; the fixed text around it (and its link) is never cut.
 */
export function fitTweet(build: (part: string) => string, part: string): string {
  let text = part.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  while (weightedLength(build(text)) > MAX_WEIGHTED && graphemes.length) {
    graphemes.pop();
    text = `${graphemes.join('').trimEnd()}…`;
  }
  return build(text);
}

/** The declaration tweet: the title shortened so the whole fits in 280. Without a public copy (publishing forbidden) it promises updates instead of a link. */
export function composeIncidentTweet(opts: { organisation: string; title: string; publicUrl?: string }): string {
  const tail = opts.publicUrl ? `Live notes as we work on it: ${opts.publicUrl}` : 'We will post updates here as we work on it.';
  return fitTweet((title) => `We are investigating a major incident affecting ${opts.organisation}: ${title}. ${tail}`, opts.title);
}

export function tweetIntentUrl(text: string): string {
  return `https://x.com/intent/tweet?${new URLSearchParams({ text }).toString()}`;
}
