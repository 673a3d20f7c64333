import { isEnglishWord, isTechTerm, nameKind } from '../lexicon';
import { span, type Paragraph } from '../paragraph';
import { hasListLabel, inHeaderList } from '../cues';
import { isFileOrHost, type Token } from '../tokens';
import type { DoubtSpan, PersonSpan } from '../types';
import { FUNCTION_WORDS, TEAM_WORDS } from '../vocabulary';
import { isTeamHandle } from './mentions';

const strong = (w: string): boolean => nameKind(w) === 'given' || nameKind(w) === 'surname';

/**
 * Tokens shaped like accounts (dev_ana92, TheRealKofi, valentina.rossi) that no cue made a person:
 * held as doubts when a part of them is a name, or an unknown word with digits or separators.
 * In a code span, a lone unknown word is an account too (`hrezaei`).
 */
/** Digits, separators or an inner capital: the marks of an account name rather than a word. */
const SEPARATED = /[\p{N}_.-]|\p{Ll}\p{Lu}/u;

/**
 * "max_client_conn", "pg_reload_conf", "sa-east-1": a setting, a function or a region. Three parts
 * or more, nearly all words of the language or the trade, or a cloud region, is no login.
 */
function settingShaped(word: string): boolean {
  // AWS's "sa-east-1", Google Cloud's "europe-west4" and "europe-west2-a", a severity or a ticket ("SEV-2", "INC-4417").
  if (/^[a-z]{2}-[a-z]+-\d{1,2}[a-z]?$|^[a-z]+-[a-z]+\d{1,2}(?:-[a-z])?$|^\p{Lu}{2,6}-\d+$/u.test(word)) return true;
  // "LDAP-based", "Rose-coloured": a compound adjective.
  if (/-(?:based|like|driven|related|aware|only|wide|free|colou?red|shaped|powered|backed|enabled|specific|facing|side)$/i.test(word)) return true;
  // "orion-api", "magellan-leader", "orion.router": a service's name and its part.
  if (
    /^\p{Ll}+[-.](?:api|web|worker|workers|svc|service|db|proxy|leader|primary|replica|indexer|cache|router|gateway|frontend|backend|app|server|node|pod|job|cron|queue|lb|ui|cli|sdk|agent|exporter|operator|controller)$/u.test(
      word,
    )
  )
    return true;
  // "Ie7b4268c0db4…": a change id or a digest.
  if (/^I?[0-9a-f]{16,}$/i.test(word)) return true;
  const parts = word
    .toLowerCase()
    .split(/[_.-]+/)
    .filter((s) => s !== '');
  // "systemd-journald", "mediawiki-config": a tool's name, then its part.
  if (parts.length === 2 && isTechTerm(parts[0] ?? '') && !/\d/.test(word)) return true;
  if (parts.length < 3) return false;
  // "innodb_flush_log_at_trx_commit": mostly words, however many parts.
  if (parts.length >= 4) return parts.filter((s) => isEnglishWord(s) || isTechTerm(s)).length * 2 >= parts.length;
  return (
    parts.filter((s) => !isEnglishWord(s) && !isTechTerm(s) && !/^\d+$/.test(s)).length <= 1 &&
    parts.filter((s) => isEnglishWord(s) || isTechTerm(s)).length >= 2
  );
}

/** May the token be someone's account? `listed`: it stands in a list of people, where a CamelCase one may too. */
function accountShaped(p: Paragraph, t: Token, listed: boolean): boolean {
  // The shape first: most words are no account, and the dictionaries cost more than a regex.
  const inCode = p.text[t.start - 1] === '`' && p.text[t.end] === '`';
  if (!inCode && !SEPARATED.test(t.text)) return false;
  const word = p.text.slice(t.start, t.stemEnd);
  if (!inCode && !SEPARATED.test(word)) return false;
  if (p.opaque.some((o) => o.start < t.end && t.start < o.end) || /[@#/]/.test(p.text[t.start - 1] ?? '')) return false;
  // "2a0a:4580:103f:c0de::2": a group of an IPv6 address.
  if (p.text[t.start - 1] === ':' && p.text[t.end] === ':' && /^[0-9a-f]{1,4}$/i.test(t.text)) return false;
  // The remembered answers first, the shape of a setting (the costliest) last.
  // A team word with digits and a name beside it is a person's account ("dev_ana92"), not a team.
  const digits = /\p{N}/u.test(word);
  if (isTechTerm(t.lower) || isEnglishWord(t.lower) || (!digits && isTeamHandle(word))) return false;
  // "256Mi", "2Gi": Kubernetes quantities.
  // In a list of people, a tool's word and a name ("storm-eriksen") are an account.
  if (p.text[t.stemEnd] === '(' || isFileOrHost(word) || /^\d+(?:[KMGTP]i?|m)$/.test(word) || (settingShaped(word) && !(listed && !digits))) return false;
  const parts = word
    .split(/[-_.\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter((s) => s.length >= 2)
    .map((s) => s.toLowerCase());
  if (parts.length === 0 || parts.every((s) => s.toUpperCase() === s)) return false;
  const named = parts.some((s) => strong(s) && !TEAM_WORDS.has(s)) || (digits && parts.some((s) => nameKind(s) !== null && !TEAM_WORDS.has(s)));
  const unknown = parts.some((s) => s.length >= 4 && !isEnglishWord(s) && !isTechTerm(s)) && /\p{Ll}/u.test(word);
  const camel = /\p{Ll}\p{Lu}/u.test(word) && !/[-_.\p{N}]/u.test(word);
  return named || (unknown && (!camel || listed));
}

export function handleDoubts(p: Paragraph): DoubtSpan[] {
  const out: DoubtSpan[] = [];
  for (const t of p.tokens) {
    if (accountShaped(p, t, false)) out.push({ start: t.start, end: t.stemEnd, text: p.text.slice(t.start, t.stemEnd), reason: 'handle' });
  }
  return out;
}

/** "Reviewers: storm-eriksen, leilanoorani · Assignees: MinhAnhTran": accounts in a list of people are people. */
export function listedHandles(p: Paragraph): PersonSpan[] {
  if (!hasListLabel(p.text)) return [];
  const out: PersonSpan[] = [];
  p.tokens.forEach((t, i) => {
    // The shape first, the list after: the list is the costlier question.
    const plain = /^\p{Ll}{5,}$/u.test(t.text) && !isEnglishWord(t.lower) && !isTechTerm(t.lower) && !FUNCTION_WORDS.has(t.lower) && !isTeamHandle(t.text);
    if ((plain || accountShaped(p, t, true)) && inHeaderList(p, i)) out.push(span(p, t.start, t.stemEnd, 'handle'));
  });
  return out;
}

// "kofi_m", "svetlana-p", "j.okafor": a name and an initial, the way account names are made.
const NAME_INITIAL = /^(?:(\p{Ll}{3,})[-_.]\p{Ll}|\p{Ll}[-_.](\p{Ll}{3,}))$/u;

// "ff_rahman", "mtanaka3", "ObiomaN", "nkechi.obi": the other ways account names are made of names.
const SHORT_THEN_NAME = /^\p{Ll}{1,2}[-_.](\p{Ll}{3,})\d{0,4}$/u;
// "hrustamov", "kmensah": an initial glued to a surname, the commonest login of all.
const INITIAL_THEN_SURNAME = /^\p{Ll}(\p{Ll}{4,})$/u;
const NAME_THEN_DIGITS = /^(\p{Ll}{3,})\d{1,4}$/u;
const NAME_THEN_CAPITAL = /^(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)\p{Lu}$/u;

/** A given name or surname, alone or with an initial glued on ("mtanaka" → "tanaka"). */
const nameAtCore = (lower: string): boolean => strong(lower) || (lower.length >= 5 && (strong(lower.slice(1)) || strong(lower.slice(0, -1))));

/**
 * A word with a letter of a login (a separator, digits, a capital at the end) made of a name and
 * initials: "zhanna.b", "kaimana_a" (a name and an initial, whatever the name), "ff_rahman",
 * "mtanaka3", "DeShawnW" (the name must be known), "nkechi.obi" (two unknown words, both name-like).
 */
function madeOfNames(word: string): boolean {
  const lower = word.toLowerCase();
  const m = NAME_INITIAL.exec(word);
  const name = m?.[1] ?? m?.[2];
  // With an initial, an unknown word of four letters or more is as good as a known name: "disk_a" is a word.
  if (name !== undefined) return nameKind(name) !== null || (name.length >= 4 && !isEnglishWord(name) && !isTechTerm(name));
  const surname = INITIAL_THEN_SURNAME.exec(word)?.[1];
  if (surname !== undefined) return nameKind(surname) === 'surname' && !isEnglishWord(lower) && !isTechTerm(lower);
  const core = SHORT_THEN_NAME.exec(word)?.[1] ?? NAME_THEN_DIGITS.exec(word)?.[1] ?? NAME_THEN_CAPITAL.exec(word)?.[1]?.toLowerCase();
  // "patroni2" is a host of a tool, not a person: the core must be neither a word nor a product.
  if (core !== undefined) return nameAtCore(core) && !isTechTerm(core) && !isEnglishWord(core);
  const parts = lower.split(/[._]/);
  return (
    parts.length === 2 &&
    parts.some(strong) &&
    parts.every((w) => w.length >= 2 && (strong(w) || (!isEnglishWord(w) && !isTechTerm(w) && /^\p{Ll}+$/u.test(w))))
  );
}

/** Account names made of a given name or surname and an initial are people, wherever they stand. */
export function initialledHandles(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const t of p.tokens) {
    const word = p.text.slice(t.start, t.stemEnd);
    if (!/^\p{Ll}{5,}$|[-_.\p{N}]|\p{Lu}$/u.test(word) || !madeOfNames(word)) continue;
    if (FUNCTION_WORDS.has(t.lower) || isEnglishWord(t.lower) || isTechTerm(t.lower) || isTeamHandle(word)) continue;
    if (p.opaque.some((o) => o.start < t.end && t.start < o.end && !p.code.includes(o)) || /[@#/]/.test(p.text[t.start - 1] ?? '')) continue;
    out.push(span(p, t.start, t.stemEnd, 'handle'));
  }
  return out;
}
