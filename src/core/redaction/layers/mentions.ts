import { isEnglishWord, isGivenName, isInfrastructure, isSurname, isTechTerm, nameKind } from '../lexicon';
import { span, type Paragraph } from '../paragraph';
import { isFileOrHost, isTitleCase } from '../tokens';
import { FUNCTION_WORDS, isBotName, TEAM_WORDS } from '../vocabulary';
import type { PersonSpan } from '../types';

// A trailing dot, dash or apostrophe ends the sentence, not the handle.
const MENTION = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}](?:[\p{L}\p{N}_]|[.\-'](?=[\p{L}\p{N}]))*)(\/[\w-]+)?/gu;
const NEXT_WORD = /^ (\p{Lu}[\p{Ll}]+)(?=$|[\s.,:;!?)'’])/u;

/** "@test-infra-oncall", "@here", "@gitlabstatus": a team, a broadcast or an org account. */
const LONG_TEAM_WORDS = [...TEAM_WORDS].filter((w) => w.length >= 4);
// Every layer asks about the same few handles and words of a document: remember the answers.
const teamCache = new Map<string, boolean>();

export function isTeamHandle(handle: string): boolean {
  const lower = handle.toLowerCase();
  let team = teamCache.get(lower);
  if (team === undefined) {
    team =
      lower.split(/[-_.]/).some((p) => TEAM_WORDS.has(p)) ||
      isTechTerm(lower) ||
      LONG_TEAM_WORDS.some((w) => lower.endsWith(w) && isTechTerm(lower.slice(0, -w.length)));
    if (teamCache.size > 50_000) teamCache.clear();
    teamCache.set(lower, team);
  }
  return team;
}

/** @handles, and Slack-style display-name mentions ("@Tony Yang") with their surname. */
// Zulip's mention: "@**Ana Orozco**", silent "@_**ohirwa**".
const ZULIP = /@_?\*\*([^*\n]{2,40})\*\*/gu;

// Jira's mention: "[~leilani.cash]", "[~accountid:5b10ac8d82e05b22cc7d4ef5]" (an account id is someone's too).
// Not IRC's "[~tw@203.0.113.9]", an ident at a host.
const JIRA = /\[~(?:accountid:)?([\p{L}\p{N}][\p{L}\p{N}_.-]{1,60})\]/gu;
// git's author filter: "git log --author=srajagopalan", --author="Ana Lima".
const GIT_AUTHOR = /--(?:author|committer)[= ](?:"([^"\n]{2,40})"|'([^'\n]{2,40})'|([\p{L}\p{N}][\p{L}\p{N}_.@-]{1,40}))/gu;

// A rota's or an owner's key in config: "primary: dkowal", "owner = nmensah", "oncall: 'tpham'".
const ROTA_KEY =
  /\b(?:primary|secondary|tertiary|on[-_]?call|owners?|assignees?|reviewers?|approvers?|username|author|responder|backup|shadow)[ \t]*[:=][ \t]*["']?(\p{Ll}(?:[\p{Ll}\p{N}_]|[.-](?=[\p{Ll}\p{N}])){2,31})(?=["'`\s,;.)]|$)/gu;

export function mentions(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  // Each form needs a character most paragraphs lack: looked for first.
  for (const [re, needs] of [
    [JIRA, /\[~/],
    [GIT_AUTHOR, /--/],
    [ROTA_KEY, /[:=]/],
  ] as const) {
    if (!needs.test(p.text)) continue;
    for (const m of p.text.matchAll(re)) {
      const who = m[1] ?? m[2] ?? m[3] ?? '';
      if (isBotName(who) || isTeamHandle(who)) continue;
      // "owner: platform", "primary: none", "author: root": a value of the language, not a login.
      if (re === ROTA_KEY && (isEnglishWord(who.toLowerCase()) || FUNCTION_WORDS.has(who.toLowerCase()) || isFileOrHost(who))) continue;
      const start = m.index + m[0].indexOf(who);
      out.push(span(p, start, start + who.length, 'mention'));
    }
  }
  if (p.text.includes('@_**') || p.text.includes('@**')) {
    for (const m of p.text.matchAll(ZULIP)) {
      const name = m[1] ?? '';
      if (isBotName(name) || isTeamHandle(name.replace(/\s+/g, '-'))) continue;
      const start = m.index + m[0].indexOf(name);
      out.push(span(p, start, start + name.length, 'mention'));
    }
  }
  for (const m of p.text.matchAll(MENTION)) {
    const handle = m[1] ?? '';
    // "@Ana", "@Max": a brand that is also a given name or surname is a person when mentioned (not our own tools: "@jenkins").
    const lower = handle.toLowerCase();
    const person = (isGivenName(lower) || isSurname(lower)) && !isInfrastructure(lower) && !TEAM_WORDS.has(lower);
    // "@meetbot:fedora.im", "@dependabot": bots are no one.
    if (m[2] !== undefined || (isTeamHandle(handle) && !person) || isBotName(handle)) continue;
    let end = m.index + 1 + handle.length;
    // "@liko:matrix.example.org": a Matrix user ID is the handle and its home server, one identifier.
    const server = /^:[\w-]+(?:\.[\w-]+)+/.exec(p.text.slice(end))?.[0];
    if (server !== undefined) {
      out.push(span(p, m.index, end + server.length, 'mention'));
      continue;
    }
    // "@Ana Orozco Amaya": up to two surnames after a display name.
    for (let n = 0; n < 2 && isTitleCase(handle); n++) {
      const surname = NEXT_WORD.exec(p.text.slice(end))?.[1];
      if (
        surname === undefined ||
        FUNCTION_WORDS.has(surname.toLowerCase()) ||
        isTechTerm(surname.toLowerCase()) ||
        (nameKind(surname.toLowerCase()) === null && isEnglishWord(surname.toLowerCase()))
      )
        break;
      end += surname.length + 1;
    }
    out.push(span(p, m.index, end, 'mention'));
  }
  return out;
}
