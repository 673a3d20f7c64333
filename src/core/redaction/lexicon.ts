/*
 * compromise's lexicon, read once: its given-name and surname lists generalise to any text
 * (nothing here comes from our corpora), and its part-of-speech entries tell ordinary words apart.
 */
import nlp from 'compromise';
import { ACRONYMS, COMMON_WORDS, DATE_WORDS, FUNCTION_WORDS, TECH_TERMS } from './vocabulary';

type Tags = string | string[];

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const DATE_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Duration']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym', 'Currency', 'Unit']);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

function tagsOf(lower: string): string[] {
  const t = lexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export type NameKind = 'given' | 'ambiguous-given' | 'surname' | null;

/**
 * 'given' when compromise knows the word only as a given name (Katharine, Adrian), 'ambiguous-given'
 * for its plain FirstName entries that are also common words (Mark, Grant, Chase), 'surname' for
 * LastName/Person entries.
 */
export function nameKind(lower: string): NameKind {
  const tags = tagsOf(lower);
  if (tags.length === 0 || !tags.every((t) => NAME_TAGS.has(t))) return null;
  if (tags.includes('MaleName') || tags.includes('FemaleName')) return 'given';
  if (tags.includes('FirstName')) return 'ambiguous-given';
  return 'surname';
}

export function isDateWord(lower: string): boolean {
  return DATE_WORDS.has(lower) || tagsOf(lower).some((t) => DATE_TAGS.has(t));
}

export function isPlaceOrOrg(lower: string): boolean {
  return tagsOf(lower).some((t) => PLACE_TAGS.has(t));
}

export function isVerbWord(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Copula' || t === 'Modal' || t === 'Auxiliary');
}

const SUFFIXES = ['ies', 'es', 's', 'ed', 'ing', 'er', 'ers', 'ly', "'s", '’s'];

function knownStem(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower) || COMMON_WORDS.has(lower)) return true;
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.every((t) => NAME_TAGS.has(t));
}

/** An ordinary English word (inflected forms included), so no evidence of a person by itself. */
export function isEnglishWord(lower: string): boolean {
  if (knownStem(lower)) return true;
  for (const suffix of SUFFIXES) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      const stem = lower.slice(0, -suffix.length);
      if (knownStem(stem) || knownStem(stem + 'e') || (suffix === 'ies' && knownStem(stem + 'y'))) return true;
    }
  }
  return false;
}

/** A product, tool or abbreviation, in any spelling ("GitLab.com", "PGBouncer", "LVM"). */
export function isTechTerm(lower: string): boolean {
  return TECH_TERMS.has(lower) || ACRONYMS.has(lower) || TECH_TERMS.has(lower.replace(/\.(com|io|org|net)$/, ''));
}

// Incident text repeats its words, and every layer asks about them: remember the answers.
const vocabularyCache = new Map<string, boolean>();

/** Neither a name nor evidence of one: words, products, dates, places. */
export function isVocabulary(lower: string): boolean {
  let known = vocabularyCache.get(lower);
  if (known === undefined) {
    known = isEnglishWord(lower) || isTechTerm(lower) || isDateWord(lower) || isPlaceOrOrg(lower);
    if (vocabularyCache.size > 50_000) vocabularyCache.clear();
    vocabularyCache.set(lower, known);
  }
  return known;
}
