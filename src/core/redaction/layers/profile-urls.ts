import { isEnglishWord, isTechTerm, nameKind } from '../lexicon';
import { isTeamHandle } from './mentions';
import type { Paragraph } from '../paragraph';
import { RESERVED_PATHS } from '../vocabulary';
import type { DoubtSpan, PersonSpan } from '../types';

const URL = /\b(?:https?:\/\/)?((?:[\w-]+\.)+[a-z]{2,})(\/[^\s<>()[\]"'`]*)/gi;

interface Site {
  host: RegExp;
  /** the account in the path (and query) */
  account: RegExp;
  /** on code hosts the first segment also names organisations: only a bare profile, or a personal-looking name, is a person */
  code?: boolean;
  /** every account there is a person's, whatever it is called: gists (GitHub has no organisation gists), Slack member ids */
  people?: boolean;
}

// Profile links by site. The account pattern is the site's public URL scheme.
const SITES: Site[] = [
  {
    host: /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitea\.com|framagit\.org|salsa\.debian\.org)$/,
    account: /^\/(?:users\/)?([\w.-]+)/,
    code: true,
  },
  { host: /^gist\.github\.com$/, account: /^\/([\w-]+)/, people: true },
  { host: /^(?:git\.)?sr\.ht$/, account: /^\/~([\w.-]+)/ },
  {
    host: /^(?:www\.|mobile\.)?(?:twitter\.com|x\.com|instagram\.com|threads\.net|facebook\.com|t\.me|keybase\.io|dev\.to|hub\.docker\.com\/u)$/,
    account: /^\/@?([\w.]+)/,
  },
  { host: /^(?:[\w-]+\.)?linkedin\.com$/, account: /^\/in\/([\w%-]+)/ },
  { host: /^(?:www\.)?(?:reddit\.com|old\.reddit\.com)$/, account: /^\/u(?:ser)?\/([\w-]+)/ },
  { host: /^(?:stackoverflow\.com|serverfault\.com|superuser\.com|[\w-]+\.stackexchange\.com)$/, account: /^\/users\/\d+\/([\w-]+)/ },
  { host: /^news\.ycombinator\.com$/, account: /^\/user\?id=([\w-]+)/ },
  { host: /^(?:www\.)?(?:npmjs\.com)$/, account: /^\/~([\w.-]+)/ },
  // Medium, Mastodon and other fediverse servers: "/@account".
  { host: /./, account: /^\/@([\w.]+)(?=$|[/?#])/ },
  { host: /\.slack\.com$/, account: /^\/team\/([A-Z0-9]{6,})/, people: true },
  // "https://matrix.to/#/@eirik.h:kde.org": a Matrix user's link (rooms are "#/#room").
  { host: /^matrix\.to$/, account: /^\/#\/@([\w.=-]+)(?=:)/, people: true },
];

/** An account name that reads as a person: it holds a given name or surname ("chloe-dubois", "kmensah", "ngozi.eze"). */
export function personalAccount(account: string): boolean {
  const lower = account.toLowerCase();
  const parts = lower.split(/[-_.\d]+/).filter((s) => s.length >= 2);
  const strong = (w: string) => nameKind(w) === 'given' || nameKind(w) === 'surname';
  if (parts.some(strong) || (parts.length === 1 && lower.length >= 4 && (strong(lower.slice(1)) || strong(lower.slice(0, -1))))) return true;
  // "kaveh-jafari": two or three words no list knows, joined as a person's two names are.
  const unknown = (w: string) => w.length >= 3 && /^\p{Ll}+$/u.test(w) && !isEnglishWord(w) && !isTechTerm(w);
  if (parts.length >= 2 && parts.length <= 3 && /[-_.]/.test(lower) && !/\d/.test(lower) && parts.every(unknown) && parts.some((w) => w.length >= 4))
    return true;
  // "chaseo": a given name that is also a word, and an initial.
  return parts.length === 1 && /^\p{Ll}{4,}$/u.test(lower) && nameKind(lower.slice(0, -1)) !== null && !isEnglishWord(lower) && !isTechTerm(lower);
}

// Repositories only a person keeps: "dotfiles", "jdoe.github.io", a homepage or a CV.
const PERSONAL_REPOSITORIES =
  /^(?:dotfiles|\.dotfiles|homelab|home-lab|blog|homepage|website|resume|cv|til|notes|scratch|sandbox|playground|config|configs|nixos-config)$/i;
// "her fork:", "my repo", "his branch at": whose the link is, said just before it.
const WHOSE = /\b(?:his|her|their|my|your)\s+(?:own\s+)?(?:fork|repo|repository|branch|copy|project|gist)\b[^.\n]{0,12}$/i;

/** A code host's link deeper than the profile that is still someone's own: their dotfiles, their fork. */
function personalRepository(account: string, repository: string, before: string): boolean {
  return PERSONAL_REPOSITORIES.test(repository) || repository.toLowerCase() === `${account.toLowerCase()}.github.io` || WHOSE.test(before);
}

const DOMAIN_PARTS = new Set(['com', 'org', 'net', 'io', 'dev', 'sigs', 'oss', 'hq', 'inc', 'llc']);

const ordinary = (account: string): boolean => {
  const lower = account.toLowerCase();
  // "gitlab-com", "kubernetes-sigs": a product and a domain ending or an abbreviation name an organisation.
  return (
    RESERVED_PATHS.has(lower) ||
    isTechTerm(lower) ||
    isTeamHandle(account) ||
    lower.split(/[-_.]/).every((w) => w === '' || isEnglishWord(w) || isTechTerm(w) || DOMAIN_PARTS.has(w))
  );
};

/**
 * Profile links of many sites. The span is the whole link, keyed to the account, so the link is
 * replaced whole and no half-link is left; a code-host link deeper than the profile (a repository)
 * whose account may be a person's is a doubt.
 */
export function profileUrls(p: Paragraph, doubts: DoubtSpan[] = []): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const m of p.text.matchAll(URL)) {
    const host = (m[1] ?? '').toLowerCase();
    const raw = m[2] ?? '';
    const path = raw.replace(/[.,;:!?]+$/, '');
    const end = m.index + m[0].length - (raw.length - path.length);
    const site = SITES.find((s) => s.host.test(host) && s.account.test(path));
    const a = site === undefined ? null : site.account.exec(path);
    const account = a?.[1]?.replace(/\.$/, '');
    if (site === undefined || a === null || account === undefined || account === '') continue;
    const accountStart = m.index + (m[0].length - raw.length) + a.index + a[0].length - (a[1] ?? '').length;
    if (site.code === true) {
      const rest = path
        .slice(a[0].length)
        .split(/[/?#]/)
        .filter((s) => s !== '');
      if (ordinary(account)) continue;
      if (rest.length > 0 && !personalAccount(account) && !personalRepository(account, rest[0] ?? '', p.text.slice(Math.max(0, m.index - 30), m.index))) {
        doubts.push({ start: accountStart, end: accountStart + account.length, text: account, reason: 'profile-link' });
        continue;
      }
    } else if (site.people !== true && ordinary(account) && !/^\/(?:@|in\/|users\/|user\?|~)/.test(path)) {
      continue;
    }
    out.push({ start: m.index, end, text: p.text.slice(m.index, end), layer: 'profile-url', person: account });
  }
  return out;
}
