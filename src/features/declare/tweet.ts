// X weighs a tweet by twitter-text's rules (docs.x.com, "Counting characters"): most characters
// count 1, CJK and emoji 2, and whatever twitter-text reads as a link counts 23, a bare domain such
// as "GitLab.com" included; the limit is 280. Telling a domain from a word takes twitter-text's
// list of top-level domains, so the counter is passed in: core/x-count.ts is X's own, and it runs
// beside the service worker rather than in it (background/x-count.ts).
export const MAX_WEIGHTED = 280;

export type TweetCounter = (text: string) => number;

/** A tweet as our fixed wording around one part that may be shortened (a title, a summary). */
export interface TweetDraft {
  before: string;
  part: string;
  after: string;
}

function graphemes(text: string): string[] {
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

// Spaces collapsed and no closing full stop: our wording adds its own.
const tidy = (part: string) =>
  part
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');

/** The draft as one text, its part whole. */
export function wholeTweet(draft: TweetDraft): string {
  return `${draft.before}${tidy(draft.part)}${draft.after}`;
}

/**
 * The draft with its part cut at a grapheme and ended with an ellipsis where `count` says the
 * whole fits in one tweet; the fixed text around it (and its link) is never cut.
 */
export function fitTweet(draft: TweetDraft, count: TweetCounter): string {
  const whole = wholeTweet(draft);
  if (count(whole) <= MAX_WEIGHTED) return whole;
  const build = (text: string) => `${draft.before}${text}${draft.after}`;
  const units = graphemes(tidy(draft.part));
  const cut = (n: number) => build(`${units.slice(0, n).join('').trimEnd()}…`);
  // A longer cut can weigh less ("GitLab.co" is a 23-character link, "GitLab.cop" weighs 10), so
  // this finds a length that fits beside one that does not, not always the very longest: a dozen
  // counts rather than one per grapheme (twitter-text takes about a millisecond per count).
  let fits = 0;
  let tooLong = units.length;
  while (tooLong - fits > 1) {
    const mid = Math.floor((fits + tooLong) / 2);
    if (count(cut(mid)) <= MAX_WEIGHTED) fits = mid;
    else tooLong = mid;
  }
  return cut(fits);
}

/** The declaration tweet. Without a public copy (publishing forbidden) it promises updates instead of a link. */
export function incidentTweet(opts: { organisation: string; title: string; publicUrl?: string }): TweetDraft {
  const tail = opts.publicUrl ? `Live notes as we work on it: ${opts.publicUrl}` : 'We will post updates here as we work on it.';
  return { before: `We are investigating a major incident affecting ${opts.organisation}: `, part: opts.title, after: `. ${tail}` };
}

export function tweetIntentUrl(text: string): string {
  return `https://x.com/intent/tweet?${new URLSearchParams({ text }).toString()}`;
}
