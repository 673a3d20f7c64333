import { isVocabulary, nameKind } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import { adjacent, isTitleCase } from '../tokens';
import type { PersonSpan } from '../types';

/**
 * Two capitalised words in a row, neither an English word nor a product ("Yorick Peterse"):
 * compromise leaves such pairs as a plain proper noun when it does not know the given name.
 */
export function titleCaseNames(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (let i = 0; i + 1 < p.tokens.length; i++) {
    const a = p.tokens[i];
    const b = p.tokens[i + 1];
    if (a === undefined || b === undefined || a.stemEnd !== a.end || !adjacent(p.text, a, b)) continue;
    const word = (t: typeof a) => p.text.slice(t.start, t.stemEnd);
    if (!isTitleCase(word(a)) || !isTitleCase(word(b)) || isOpaque(p, a) || isOpaque(p, b)) continue;
    const unknown = (l: string) => nameKind(l) !== null || !isVocabulary(l);
    if (!unknown(a.lower) || !unknown(b.lower)) continue;
    out.push(span(p, a.start, b.end, 'title-case'));
    i++;
  }
  return out;
}
