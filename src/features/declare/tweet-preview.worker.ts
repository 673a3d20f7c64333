// What the declare form shows under the title: the tweet that title makes, fitted and counted by
// the same counter the tweet step uses (x-count.ts), so the form and X agree. The public link does
// not exist before declaring; X weighs every link 23 (t.co), so a stand-in weighs what it will.
// The title is shown as typed: the pseudonyms redaction puts in its place may weigh a little more
// or less, and the tweet step fits the redacted title again.
import { incidentTweet, MAX_WEIGHTED } from './tweet';
import { load } from '../../background/store';
import { fitForX } from '../../background/x-count';

export const PUBLIC_LINK_STAND_IN = 'https://docs.google.com/document/d/e/PUBLIC-LINK/pub';

export async function previewTweet(title: string) {
  const { organisation } = await load('settings');
  const fitted = await fitForX(incidentTweet({ organisation: organisation.name, title, publicUrl: PUBLIC_LINK_STAND_IN }));
  return { ...fitted, limit: MAX_WEIGHTED };
}
