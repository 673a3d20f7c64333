/*
 * What a word is, from data shipped with the extension (see data/ and build-redaction-data.ts):
 * given names and surnames of 77 locales, common English words, brands and infrastructure tools,
 * places. No NLP library is loaded for this, so the detector starts in milliseconds.
 */
import ENGLISH from './data/english-words';
import GIVEN from './data/given-names';
import PLACES from './data/places';
import PRODUCTS from './data/products';
import SURNAMES from './data/surnames';
import { INFRASTRUCTURE } from './data/infrastructure';
import { ACRONYMS, COMMON_WORDS, DATE_WORDS, FUNCTION_WORDS } from './vocabulary';

const set = (data: string): Set<string> => new Set(data.split('\n'));
const english = set(ENGLISH);
const given = set(GIVEN);
const surnames = set(SURNAMES);
const products = set(PRODUCTS);
const places = set(PLACES);
const infrastructure = new Set(INFRASTRUCTURE.split(/\s+/).filter((w) => w !== ''));

/** Our own lexicon of infrastructure tools (Jenkins, Consul): in incident text these are the tools, not people. */
export const isInfrastructure = (lower: string): boolean => infrastructure.has(lower);

export type NameKind = 'given' | 'ambiguous-given' | 'surname' | null;

/**
 * 'given' for a given name that is nothing else (Katharine, Oluwaseun), 'ambiguous-given' for one
 * that is also a word, a product or a date (Grace, Mark, Ruby, June), 'surname' for a surname that
 * is neither a word nor a given name (Mensah, Kowalski).
 */
export const nameKind = (lower: string): NameKind => nameKinds(lower);
const nameKinds = remembered((lower: string): NameKind => {
  const other = isEnglishWord(lower) || isTechTerm(lower) || isDateWord(lower);
  if (isGivenName(lower)) return other ? 'ambiguous-given' : 'given';
  if (surnames.has(lower) && !other && !places.has(lower)) return 'surname';
  return null;
});

/** In a surname list at all, ordinary word or not (Price, Baker, Nguyen). */
export const isSurname = (lower: string): boolean => surnames.has(lower);
// The US birth records spell names without accents (Ayşe as ayse), but São is no Sao.
export const isGivenName = (lower: string): boolean => given.has(lower) || (!places.has(lower) && given.has(folded(lower)));

export function isDateWord(lower: string): boolean {
  return DATE_WORDS.has(lower);
}

/** A word without its accents ("bogota", "ayse"), as some of the data writes it. */
export const folded = (lower: string): string => (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower);

/** In the place data at all, whether or not it is also a name (Lagos, Virginia). */
// "Bogotá", "Zürich": the platform's data writes some places without their accents.
export const isPlace = (lower: string): boolean => places.has(lower) || places.has(folded(lower));

export function isPlaceOrOrg(lower: string): boolean {
  return isPlace(lower) && !given.has(lower) && !surnames.has(lower);
}

export function isVerbWord(lower: string): boolean {
  return isEnglishWord(lower);
}

const SUFFIXES = ['ies', 'es', 's', 'ed', 'ing', 'er', 'ers', 'ly', "'s", '’s'];

function knownStem(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || COMMON_WORDS.has(lower) || english.has(lower);
}

const englishCache = new Map<string, boolean>();

/** An ordinary English word (inflected forms included), so no evidence of a person by itself. */
export function isEnglishWord(lower: string): boolean {
  let known = englishCache.get(lower);
  if (known === undefined) {
    known = englishWord(lower);
    if (englishCache.size > 50_000) englishCache.clear();
    englishCache.set(lower, known);
  }
  return known;
}

function englishWord(lower: string): boolean {
  if (knownStem(lower)) return true;
  for (const suffix of SUFFIXES) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      const stem = lower.slice(0, -suffix.length);
      // English adds "es" after a hiss or an o ("fixes", "echoes"): "Barnes" is no plural of "barn".
      if (suffix === 'es' && !/(?:s|x|z|ch|sh|o)$/.test(stem)) continue;
      if (knownStem(stem) || knownStem(`${stem}e`) || (suffix === 'ies' && knownStem(`${stem}y`))) return true;
    }
  }
  // "read-only", "on-call": compounds of words are words.
  return lower.includes('-') && lower.split('-').every((p) => p === '' || /^\p{N}+$/u.test(p) || knownStem(p));
}

/** A product, tool or abbreviation, in any spelling ("GitLab.com", "PGBouncer", "LVM"). */
/** Remembers a word's answers, as the layers ask about the same words again and again. */
function remembered<T>(answer: (lower: string) => T): (lower: string) => T {
  const cache = new Map<string, T>();
  return (lower) => {
    if (cache.has(lower)) return cache.get(lower) as T;
    const value = answer(lower);
    if (cache.size > 50_000) cache.clear();
    cache.set(lower, value);
    return value;
  };
}

export const isTechTerm = remembered(
  (lower: string): boolean =>
    // "Sev1", "p99", "ipv6": an abbreviation numbered.
    products.has(lower) || ACRONYMS.has(lower) || products.has(lower.replace(/\.(com|io|org|net|dev|app)$/, '')) || ACRONYMS.has(lower.replace(/\d+$/, '')),
);

// Incident text repeats its words, and every layer asks about them: remember the answers.
const vocabularyCache = new Map<string, boolean>();

/** Neither a name nor evidence of one: words, products, dates, places. */
export function isVocabulary(lower: string): boolean {
  let known = vocabularyCache.get(lower);
  if (known === undefined) {
    known = (isEnglishWord(lower) || isTechTerm(lower) || isDateWord(lower) || isPlaceOrOrg(lower)) && nameKind(lower) !== 'given';
    if (vocabularyCache.size > 50_000) vocabularyCache.clear();
    vocabularyCache.set(lower, known);
  }
  return known;
}

/** Two or three English words of three letters or more, run together ("toomanyrequests"). */
export function isRunTogether(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++) {
    if (!isEnglishWord(lower.slice(0, i))) continue;
    const rest = lower.slice(i);
    if (isEnglishWord(rest)) return true;
    for (let j = 3; j <= rest.length - 3; j++) if (isEnglishWord(rest.slice(0, j)) && isEnglishWord(rest.slice(j))) return true;
  }
  return false;
}
