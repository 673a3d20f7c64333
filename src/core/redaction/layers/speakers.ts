import { isDateWord, isEnglishWord, isRunTogether, isTechTerm, isVocabulary, nameKind } from '../lexicon';
import { isListLabel } from '../cues';
import { span, type Paragraph } from '../paragraph';
import { isCaseless, isCjkSentence, isFileOrHost } from '../tokens';
import { ACRONYMS, FUNCTION_WORDS, isBotName, PARTICLES } from '../vocabulary';
import type { PersonSpan } from '../types';

// What may come before the speaker on a chat-log line: bullets, a time stamp.
// A time may be followed by its zone and a dash: "10:02 - jdoe: rolled back", "10:02 UTC — jdoe:".
const LEAD = String.raw`^[ \t]*(?:[-*•>][ \t]+)?(?:\[[^\]\n]{1,25}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\)?(?:[ \t]+UTC)?(?:[ \t]+[-–—|])?[ \t]+)?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?`;
const NICK = '[\\p{L}\\p{N}_.|^`\\\\-]{2,32}';

// "liggitt [6:27 AM]", "Sen Lu [3:10 PM]", Slack's copied "Katharine  9:12 AM".
// Words of a speaker's name end in a letter or digit, never in the sentence's punctuation.
const WORD = String.raw`\p{L}(?:[\p{L}\p{N}_]|[.'’-](?=[\p{L}\p{N}]))*`;
// Slack adds pronouns or a status in brackets: "Nadia Petrova (she/her)  10:05 AM".
// "Grace van der Berg  9:15 AM": a surname's particles (one or two) between the names.
const PARTICLE = `(?:${[...PARTICLES].filter((w) => w.length > 1).join('|')})`;
const NAME_THEN_TIME = new RegExp(
  `${LEAD}(${WORD}(?: ${WORD}){0,2}|${WORD} ${PARTICLE}(?: ${PARTICLE})? ${WORD})(?: \\([^)\\n]{1,24}\\))?(?: \\[${TIME}\\]|  ${TIME}\\b| \\d{1,2}:\\d{2}\\s?[AaPp][Mm]\\b)`,
  'gmu',
);
// Discord's copied header: "vkarimova — Today at 10:02 AM", "Brennagh Tully — 03/04/2026 9:15 PM".
const DISCORD = new RegExp(`${LEAD}(${WORD}(?: ${WORD}){0,2}) — (?:Today at |Yesterday at |\\d{1,2}/\\d{1,2}/\\d{2,4},? )${TIME}`, 'gmu');
// "<metadave>", "<@metadave>", "< metadave>".
const ANGLE = new RegExp(`${LEAD}< ?[@+%~&]?(${NICK})>`, 'gmu');
// "metadave> msg": a quoted IRC line.
const ARROW = new RegExp(`${LEAD}(${NICK})> `, 'gmu');
// "SH: It looks like…", "fejta: restarting".
const COLON = new RegExp(`${LEAD}(\\p{L}[\\p{L}\\p{N}_.-]{1,31}):[ \\t]+\\S`, 'gmu');

// "[ilkka] restarted the primary": a nick in brackets opening a line, after an optional time.
const BRACKET_NICK = new RegExp(`^[ \\t]*(?:[-*•>][ \\t]+)?(?:\\(?${TIME}\\)?[ \\t]+)?\\[(${NICK})\\][ \\t]+\\S`, 'gmu');

// IRC joins and quits: "* tkw3 has joined #ops".
// irssi prints them "-!- tw_rob [~tw@203.0.113.9] has quit".
const IRC_EVENT = new RegExp(`${LEAD}(?:\\*|-!-) (${NICK})(?: \\[[^\\]\\n]{1,80}\\])? has (?:joined|quit|left)\\b`, 'gmu');
// "* ipetrovic is now known as ipetrovic_away": both nicks are the person's.
const NICK_CHANGE = new RegExp(`${LEAD}(?:\\*|-!-) (${NICK}) is now known as (${NICK})`, 'gmu');
// Zoom's saved chat: "10:15:09 From Anuhea to Kaveh Jafari(Direct Message): …", "From Me to Everyone:".
const ZOOM = new RegExp(`${LEAD}From (${WORD}(?: ${WORD}){0,3}) to (${WORD}(?: ${WORD}){0,3}) ?(?:\\((?:Direct Message|[Pp]rivately)\\))?:`, 'gmu');
// git's one-line log with the author: "a77c410 (jlaurent, 3 weeks ago) Bump grpc-go".
const GIT_ONELINE = new RegExp(`${LEAD}[0-9a-f]{7,40} \\((${WORD}(?: ${WORD}){0,2}), (?:\\d+|an?|one) \\p{L}+ ago\\)`, 'gmu');
// "[Foundation-l]", "[python-committers]": a mailing list's subject tag, not a nick.
const LIST_TAG = /-(?:l|list|announce|devel|dev|users?|committers|discuss|admin|infra|general|help|security|commits)$/i;
// After a speaker: "nick: " or "nick, " addressing someone.
const ADDRESSED = new RegExp(`^[ \\t]*(${NICK})[:,][ \\t]`, 'u');
// "* ptamatea is here", "14:00:43 * hmalouf is going to refill coffee": a /me action, a nick then a verb.
const IRC_ACTION = new RegExp(
  `${LEAD}\\*{1,3} (${NICK}) (?:is|was|has|grins|waves|nods|sighs|laughs|agrees|wonders|thinks|looks|goes|returns|pokes|hugs|\\p{Ll}+s)\\b`,
  'gmu',
);
// A log pasted as a table: "arohab | Anyone else here for the meeting? | 19:00 |".
const TABLE_LOG = new RegExp(`^[ \\t]*\\|?[ \\t]*(${NICK}) \\| [^|\\n]+ \\| ${TIME} \\|`, 'gmu');
// GitHub issue threads as copied: "kaimanaw · comment: Any updates?", "dauren1034 · comment · 2024-05-21: +1", "yaelbarak12 — Same".
const THREAD_AUTHOR = new RegExp(
  `^[ \\t>]*(${NICK}) (?:· (?:comment|commented|description|review|reviewed|reply|replied)\\b|[·—] (?!Today at|Yesterday at|\\d))`,
  'gmu',
);
// GitHub's and GitLab's activity as copied: "bkaratas linked a pull request that will close this issue",
// "MinhAnhTran self-assigned this", "ohirwa added the bug label", "tnguyen closed this as completed".
const ACTIVITY = new RegExp(
  `^[ \\t>*-]*(${NICK}) (?:linked a pull request|self-assigned this|added the \\S+(?: \\S+)? labels?|removed the \\S+(?: \\S+)? labels?|closed this|reopened this|mentioned this|requested a review|approved these changes|requested changes|dismissed|marked this|changed the title|pushed \\d+ commits?|force-pushed|merged commit|deleted the \\S+ branch|assigned \\S+ and unassigned|unassigned \\S+|added a commit|referenced this|converted this|pinned this|locked (?:and limited )?conversation|changed the (?:severity|incident status|milestone|due date)|set the (?:severity|weight|milestone))\\b`,
  'gmu',
);
// Hacker News and forum headers: "[−] tamarind_k 45d ago", "kcdrake · 21d ago", "jvanderhoek March 4, 2020, 9:12pm".
const AGO_HEADER = new RegExp(`^[ \\t]*(?:\\[[−+–-]\\][ \\t]+)?(${NICK}) (?:· )?\\d+[smhdwy] ago\\b`, 'gmu');
const DATED_HEADER = new RegExp(
  `^[ \\t]*(${NICK}) (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}`,
  'gmu',
);
// Teams' copied header of one name: "[10:13 AM] Tavita Sione".
const TIME_THEN_NAME = new RegExp(`^[ \\t]*\\[${TIME}\\][ \\t]+(${WORD}(?: ${WORD}){0,2})[ \\t]*$`, 'gmu');
// A quoted message's author: "> Nacho wrote: don't touch the leader", "as Mwangi said,".
const WROTE =
  /(?:^|\n)[ \t]*(?:\d{1,2}:\d{2}[ \t]+)?>+[ \t]*(\p{L}[\p{L}\p{N}_.'-]{1,31}(?: \p{Lu}\p{Ll}+)?) wrote:|\bas (\p{L}[\p{L}'-]{1,31}) (?:said|says|put it|mentioned|noted|suggested|pointed out|wrote)\b/gu;
// A display name with its surname's initial, then a colon: "Priya V: yes", "Sunny K: enterprise desk…".
const INITIALLED = new RegExp(`${LEAD}(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}):[ \\t]+\\S`, 'gmu');
// Teams' copied header: "[9:44 AM] Bekova, Aigerim".
const SURNAME_COMMA = new RegExp(`^[ \\t]*\\[${TIME}\\][ \\t]+(${WORD}, ${WORD}(?: ${WORD})?)[ \\t]*$`, 'gmu');

const BOT = /(?:^|[\s-])(?:bot|app|integration)$/i;

function startOf(m: RegExpMatchArray, group: string): number {
  // The speaker is the last occurrence of the group inside the match, after any time stamp.
  return (m.index ?? 0) + m[0].lastIndexOf(group);
}

/** "meta.sr.ht:", "db1.example.com:": a host before a colon (not "j.o.brien:"). */
const hostLike = (word: string): boolean => isFileOrHost(word) && /\.[a-z]{2,3}$/i.test(word);

/** An ordinary word with no digit, underscore or inner capital: "kestrel:" is more likely prose than a nick. */
const plainWord = (nick: string): boolean => isVocabulary(nick.toLowerCase()) && nameKind(nick.toLowerCase()) === null && !/[\p{N}_]|\p{Ll}\p{Lu}/u.test(nick);

/** A "word:" at the start of a line is a speaker when it cannot be a heading like "Note:" or "RCA:". */

function colonSpeaker(word: string): boolean {
  const lower = word.toLowerCase();
  // "x509:", "http2:", "s3:": a few letters and a number are a protocol or a service.
  if (isTechTerm(lower) || ACRONYMS.has(lower) || isListLabel(word) || /^[a-z]{1,4}\d+$/i.test(word) || hostLike(word)) return false;
  // "拓哉11:", "芽依_橋:": caseless letters, with the digits and separators of a handle.
  // "你可以选择一个新链:": a Chinese or Japanese sentence before a colon, not a name.
  if (isCjkSentence(word)) return false;
  if ((/^\p{Lu}{2,3}$/u.test(word) && !(lower.length >= 3 && isEnglishWord(lower))) || isCaseless(word.replace(/[\p{N}_.-]/gu, ''))) return true;
  // "toomanyrequests:": English words run together are an error code.
  if (/^\p{Ll}{9,}$/u.test(word) && isRunTogether(lower)) return false;
  if (nameKind(lower) === 'given') return true;
  if (/(?:ed|ing)$/.test(lower)) return false;
  return /\p{Ll}/u.test(word) && !lower.split(/[-_.]/).some((part) => isVocabulary(part) && nameKind(part) === null);
}

/**
 * "Storm: rollback done", "Honey: can someone check…": a given name that is also a word or a
 * brand, before a colon and a message in chat's lower case, speaks; a label ("Cash: 400",
 * "Summary: The…") is followed by a value or a capitalised sentence.
 */
function wordNameSpeaks(text: string, m: RegExpMatchArray, word: string): boolean {
  const lower = word.toLowerCase();
  if (nameKind(lower) !== 'ambiguous-given' || FUNCTION_WORDS.has(lower) || isDateWord(lower) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const after = text.slice((m.index ?? 0) + m[0].length - 1, (m.index ?? 0) + m[0].length + 12);
  return /^(?:\p{Ll}{2,}|I['’]m\b|I\b|\+1\b)/u.test(after);
}

/** "At 10:30 AM we…" or "Outage began 9:12": ordinary words before a time are no speaker. */
function plainWords(name: string): boolean {
  return name.split(' ').every((w) => {
    const lower = w.toLowerCase();
    return isTechTerm(lower) || (isEnglishWord(lower) && nameKind(lower) === null);
  });
}

/** Chat-log speaker prefixes. */
// Each pattern needs a character most paragraphs lack: looked for first, as the patterns are the
// scan's costliest part on prose.
const matches = (text: string, re: RegExp, needs: string): RegExpMatchArray[] => (text.includes(needs) ? [...text.matchAll(re)] : []);

export function speakers(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  const timed = /\d:\d\d/.test(p.text);
  for (const m of timed ? [...matches(p.text, NAME_THEN_TIME, ':'), ...matches(p.text, DISCORD, ' — ')] : []) {
    const name = m[1] ?? '';
    // A bracketed time after a word is how chat clients print a speaker; a bare time is weaker.
    const bracketed = m[0].endsWith(']');
    // "Page (she/her)  10:04 AM": pronouns say a person, whatever word the name is.
    const pronouns = /\((?:she|he|they|xe|ze)\/\w+\)/i.test(m[0]);
    // "Slackbot  3:40 PM": an app's name (not Talbot's).
    if (
      BOT.test(name) ||
      (isBotName(name) && nameKind(name.toLowerCase()) === null) ||
      (!pronouns && (bracketed ? name.split(' ').every((w) => isTechTerm(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase())) : plainWords(name)))
    )
      continue;
    const start = startOf(m, name);
    out.push(span(p, start, start + name.length, 'speaker'));
  }
  for (const [re, needs] of [
    [ANGLE, '>'],
    [ARROW, '> '],
    [IRC_EVENT, ' has '],
    [SURNAME_COMMA, ','],
    [TIME_THEN_NAME, '] '],
    [GIT_ONELINE, ' ago)'],
  ] as const) {
    for (const m of matches(p.text, re, needs)) {
      const nick = m[1] ?? '';
      if (isTechTerm(nick.toLowerCase())) continue;
      const start = startOf(m, nick);
      // A bot is no one, but whom it addresses is ("<zodbot> kestrel: oaraujo …").
      if (!isBotName(nick)) out.push(span(p, start, start + nick.length, 'speaker'));
      // "<TaneRewi> Pilar_Q: Tu_L: jollyKettle: o/": the nicks a speaker addresses, each with a colon.
      if (re === ANGLE || re === ARROW) {
        let at = (m.index ?? 0) + m[0].length;
        for (let n = 0; n < 6; n++) {
          const addressed = ADDRESSED.exec(p.text.slice(at, at + 40));
          if (addressed === null) break;
          const who = addressed[1] ?? '';
          const begin = at + addressed[0].indexOf(who);
          if (!isTechTerm(who.toLowerCase()) && !isBotName(who) && !plainWord(who)) out.push(span(p, begin, begin + who.length, 'speaker'));
          at += addressed[0].length;
        }
      }
    }
  }
  // IRC's /me and table-shaped logs: "* ptamatea is here", "arohab | Anyone else here? | 19:00 |".
  for (const [re, needs] of [
    [THREAD_AUTHOR, ' '],
    [ACTIVITY, ' '],
    [AGO_HEADER, ' ago'],
    [DATED_HEADER, ', '],
    [IRC_ACTION, '* '],
    [TABLE_LOG, ' | '],
  ] as const) {
    for (const m of matches(p.text, re, needs)) {
      const nick = m[1] ?? '';
      const lower = nick.toLowerCase();
      if (isTechTerm(lower) || isBotName(nick) || /^\p{Lu}+$/u.test(nick) || plainWord(nick)) continue;
      const start = startOf(m, nick);
      out.push(span(p, start, start + nick.length, 'speaker'));
    }
  }
  for (const m of matches(p.text, NICK_CHANGE, ' known as ')) {
    for (const nick of [m[1] ?? '', m[2] ?? '']) {
      const start = (m.index ?? 0) + m[0].lastIndexOf(nick);
      if (nick !== '' && !isTechTerm(nick.toLowerCase())) out.push(span(p, start, start + nick.length, 'speaker'));
    }
  }
  for (const m of matches(p.text, ZOOM, 'From ')) {
    let from = (m.index ?? 0) + m[0].indexOf('From ') + 5;
    for (const name of [m[1] ?? '', m[2] ?? '']) {
      const start = p.text.indexOf(name, from);
      from = start + name.length;
      if (/^(?:Me|Everyone|All|Host|Hosts|Panelists|Everyone \(Privately\))$/i.test(name) || plainWords(name)) continue;
      out.push(span(p, start, start + name.length, 'speaker'));
    }
  }
  for (const m of matches(p.text, BRACKET_NICK, ']')) {
    const nick = m[1] ?? '';
    // "[INFO]", "[resolved]", "[prod]": log levels and labels are words.
    if (!/\p{Ll}/u.test(nick) || isTechTerm(nick.toLowerCase()) || (isVocabulary(nick.toLowerCase()) && nameKind(nick.toLowerCase()) !== 'given')) continue;
    // "[Foundation-l]", "[python-committers]", "[gentoo-announce]": a mailing list's subject tag.
    if (LIST_TAG.test(nick)) continue;
    const start = startOf(m, `[${nick}]`) + 1;
    out.push(span(p, start, start + nick.length, 'speaker'));
  }
  for (const m of matches(p.text, WROTE, ' ')) {
    const name = m[1] ?? m[2] ?? '';
    const lower = name.toLowerCase();
    // A capital says a name there ("as Nacho said"); in lower case, only a word no dictionary holds.
    if (FUNCTION_WORDS.has(lower) || isTechTerm(lower) || isBotName(name) || (!/^\p{Lu}/u.test(name) && nameKind(lower) === null && isVocabulary(lower)))
      continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(name);
    out.push(span(p, start, start + name.length, 'speaker'));
  }
  for (const m of matches(p.text, INITIALLED, ':')) {
    const name = m[1] ?? '';
    const lower = name.split(' ')[0]?.toLowerCase() ?? '';
    // "Step B:", "Phase C:": a word of the language that no name list holds is a heading's.
    if (FUNCTION_WORDS.has(lower) || isTechTerm(lower) || isDateWord(lower) || (nameKind(lower) === null && isVocabulary(lower))) continue;
    const start = startOf(m, name);
    out.push(span(p, start, start + name.length, 'speaker'));
  }
  for (const m of matches(p.text, COLON, ':')) {
    const word = m[1] ?? '';
    // "Slackbot:", "Polly:", "Geekbot:": apps that speak in a channel.
    if (!(colonSpeaker(word) || wordNameSpeaks(p.text, m, word)) || isBotName(word)) continue;
    // "psql: error: connection refused": a program's prefix to its message.
    if (
      /^[ \t]*(?:error|fatal|warning|warn|panic|info|debug|notice)\b/i.test(p.text.slice((m.index ?? 0) + m[0].length - 1, (m.index ?? 0) + m[0].length + 10))
    )
      continue;
    const start = startOf(m, `${word}:`);
    out.push(span(p, start, start + word.length, 'speaker'));
  }
  return out;
}
