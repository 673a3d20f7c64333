import { folded, isEnglishWord, isTechTerm, nameKind } from './lexicon';
import type { Range } from './paragraph';
import { FUNCTION_WORDS } from './vocabulary';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const EDGE_AFTER = String.raw`(?:['’]s)?(?![\p{L}\p{N}_]|[-.][\p{L}\p{N}])`;

/** Finds whole-word occurrences of many terms at once, each with an optional "@" and possessive. */
export interface TermMatcher {
  find(text: string): Range[];
  readonly size: number;
}

function compile(terms: string[], flags: string): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  return new RegExp(`${EDGE_BEFORE}@?(?:${alternatives})${EDGE_AFTER}`, flags);
}

/**
 * `loose` terms match at any capitalisation; `exact` ones (ordinary words like "Elder", initials
 * like "YP") only as written or title-cased, so "the elder node" stays.
 */
export function termMatcher(loose: Iterable<string>, exact: Iterable<string>, logins: Iterable<string> = []): TermMatcher {
  const looseList = [...loose].filter((t) => t !== '');
  const exactList = [...exact].filter((t) => t !== '');
  const withTitle = exactList.flatMap((t) => [t, t.charAt(0).toUpperCase() + t.slice(1)]);
  const res = [compile(looseList, 'giu'), compile(withTitle, 'gu')].filter((r): r is RegExp => r !== null);
  // Logins are many and one word each: looked up word by word, not added to the alternations.
  const accounts = new Set([...logins].map((l) => l.toLowerCase()));
  return {
    size: looseList.length + exactList.length + accounts.size,
    find(text: string): Range[] {
      const out: Range[] = [];
      for (const re of res) for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
      if (accounts.size > 0)
        for (const m of text.matchAll(LOGIN_WORD))
          if (accounts.has(m[0].replace(/^@/, '').toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length });
      return out;
    },
  };
}

const LOGIN_WORD = /(?<![\p{L}\p{N}_.-])@?[\p{L}\p{N}](?:[\p{L}\p{N}_]|[.-](?=[\p{L}\p{N}]))*/gu;

/**
 * A word of a name may be looked for alone, at any capitalisation, only when it cannot be read
 * as something else; otherwise only as written.
 */
export function classify(word: string, roster = false): 'loose' | 'exact' | 'skip' {
  const lower = word.toLowerCase();
  if (lower.length < 2 || FUNCTION_WORDS.has(lower) || /^\p{N}+$/u.test(lower)) return 'skip';
  // A roster person is never left, even one whose name is also a product's.
  if (isTechTerm(lower) && !/[\p{N}_-]/u.test(lower)) return roster ? 'loose' : 'skip';
  if (lower.length < 3 || isEnglishWord(lower) || nameKind(lower) === 'ambiguous-given' || /^\p{Lu}+$/u.test(word)) return 'exact';
  return 'loose';
}

/**
 * The logins a full name is made into ("Sunny Rajagopalan" as srajagopalan, sunny.rajagopalan,
 * sunnyrajagopalan; "Jeroen van der Molen" as jvdmolen): the forms mail and SSO accounts take, so
 * "synced by srajagopalan" after the name is that person. Short or ordinary-word forms are left out.
 */
function logins(name: string): string[] {
  const parts = name.split(/\s+/).map((w) => folded(w.toLowerCase()));
  if (parts.length < 2 || parts.length > 5 || !parts.every((w) => /^\p{Ll}+$/u.test(w))) return [];
  const first = parts[0] as string;
  const last = parts.at(-1) as string;
  const initials = parts
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  const forms = [`${initials}${last}`, `${first}${last}`, `${first}.${last}`, `${first}_${last}`, `${first}-${last}`, `${first}${last[0]}`];
  return [...new Set(forms)].filter((f) => f.replace(/[._-]/g, '').length >= 6 && !isEnglishWord(f) && !isTechTerm(f));
}

/** The words a person may be referred to by, from one way they were written. */
export interface Variants {
  loose: string[];
  exact: string[];
  logins: string[];
}

// Each scan asks again for the variants of every name it found: remember them (they depend on the
// written form and the data only).
const known = new Map<string, Variants>();

export function variants(written: string, roster = false): Variants {
  const key = `${roster ? 'r' : 'd'}${written}`;
  let v = known.get(key);
  if (v === undefined) {
    v = variantsOf(written, roster);
    if (known.size > 20_000) known.clear();
    known.set(key, v);
  }
  return v;
}

function variantsOf(written: string, roster: boolean): Variants {
  const loose: string[] = [];
  const exact: string[] = [];
  const add = (w: string) => {
    const c = classify(w, roster);
    if (c === 'loose') loose.push(w);
    else if (c === 'exact') exact.push(w);
  };
  let core = written
    .trim()
    .replace(/^@/, '')
    .replace(/['’]s?$/, '');
  const at = core.indexOf('@');
  if (at > 0) {
    loose.push(core);
    core = core.slice(0, at);
  }
  if (core.includes(' ')) loose.push(core);
  add(core);
  const isName = /\s/.test(core);
  for (const part of core.split(/[\s\-_.]+/)) {
    // A handle's ordinary-word parts ("random" in random-liu) are not the person's name.
    if (part !== core && (isName || classify(part, roster) === 'loose')) add(part);
  }
  return { loose, exact, logins: isName ? logins(core) : [] };
}
