import { isEnglishWord, isVerbWord } from './lexicon';
import type { Paragraph } from './paragraph';
import { CUE_BEFORE, CUE_PAIRS, FUNCTION_WORDS, PERSON_VERBS, SIGN_OFFS, VERB_ADVERBS } from './vocabulary';

// Pieces of work that are done by someone: "<work> by <person>", "the fix from <person>".
const WORK_BY = new Set([
  // "last reply from X", "an email from X", "a call from X".
  'report',
  'reports',
  'reply',
  'replies',
  'email',
  'call',
  'dm',
  'ping',
  // "+1 from Dobrescu", "LGTM from kwame": a vote is someone's.
  '1',
  'lgtm',
  'approval',
  'ack',
  'rollback',
  'rollbacks',
  'revert',
  'fix',
  'fixes',
  'patch',
  'runbook',
  'update',
  'message',
  'note',
  'summary',
  'proposal',
  'change',
  'changes',
  'deploy',
  'deployment',
  'review',
  'commit',
  'commits',
  'mr',
  'pr',
  'merge',
  'restart',
  'failover',
  'hotfix',
  'report',
  'page',
  'escalation',
  'investigation',
  'diagnosis',
  'postmortem',
  'draft',
]);

// Not "also": "we also called Zindrel" is a phone call.
const NAMING = new Set(['is', 'was', 'are', 'were', 'be', 'being', 'been', 'formerly', 'often', 'sometimes', 'thing', 'tool', 'service', 'project']);

const WEAK_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'did', 'does']);

// What people, not systems, are said to be doing: "Lantao is looking".
const HUMAN_GERUNDS = new Set([
  'looking',
  'working',
  'investigating',
  'checking',
  'handling',
  'trying',
  'helping',
  'digging',
  'debugging',
  'reviewing',
  'asking',
  'waiting',
  'talking',
  'thinking',
  'planning',
  'preparing',
  'writing',
  'taking',
  'leading',
  'coordinating',
  'drafting',
  'joining',
  'pairing',
  'escalating',
  'paging',
  'on',
]);

const PASSIVE = new Set(['is', 'was', 'has', 'had']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'might']);
// Done to people: a system is not paged, woken or thanked.
const HUMAN_PARTICIPLES = new Set([
  // "was assigned as Incident Commander", "was promoted to IC": roles are given to people.
  'assigned',
  'appointed',
  'paged',
  'pinged',
  'asked',
  'notified',
  'told',
  'contacted',
  'woken',
  'informed',
  'thanked',
  'consulted',
  'looped',
  'messaged',
  'emailed',
  'dmed',
]);
// What people, not systems, will do.
const HUMAN_BASES = new Set([
  'follow',
  'look',
  'investigate',
  'write',
  'draft',
  'lead',
  'coordinate',
  'review',
  'ping',
  'page',
  'reach',
  'own',
  'pair',
  'help',
  'ask',
  'join',
  'confirm',
  'email',
  'call',
  'sleep',
  'rest',
  'take',
  'handle',
  'wait',
  'chime',
  'talk',
  'meet',
  'explain',
  'share',
]);

// "has set their status", "had taken the pager": perfects of what people do, not in -ed.
const IRREGULAR_PERFECTS = new Set(['set', 'taken', 'written', 'sent', 'done', 'put', 'led', 'run', 'found', 'told', 'kept', 'spent', 'held']);

function gapIsSpace(p: Paragraph, a: number, b: number): boolean {
  const left = p.tokens[a];
  const right = p.tokens[b];
  return left !== undefined && right !== undefined && /^[ \t]+$/.test(p.text.slice(left.end, right.start));
}

/** "probably", "independently": an adverb may stand between a person and their verb. */
const adverb = (lower: string): boolean => VERB_ADVERBS.has(lower) || (lower.length > 5 && lower.endsWith('ly') && isEnglishWord(lower));

/**
 * The token at index i is followed by a verb of a person's action ("YP restarted",
 * "Seb probably has"). `strong` leaves out auxiliaries, which also follow products ("Redis is").
 */
export function verbAfter(p: Paragraph, i: number, strong: boolean, humanOnly = false): boolean {
  let j = i + 1;
  if (!gapIsSpace(p, i, j)) return false;
  if (adverb(p.tokens[j]?.lower ?? '') && gapIsSpace(p, j, j + 1)) j++;
  const next = p.tokens[j]?.text ?? '';
  const lower = next.toLowerCase();
  if (next !== lower && next !== next.toUpperCase()) return false;
  if (strong && WEAK_VERBS.has(lower)) {
    let k = j + 1;
    if (adverb(p.tokens[k]?.lower ?? '') && gapIsSpace(p, k, k + 1)) k++;
    const be = (p.tokens[k]?.lower === 'been' || p.tokens[k]?.lower === 'be') && gapIsSpace(p, k, k + 1);
    if (be) k++;
    const after = p.tokens[k]?.lower ?? '';
    if (!gapIsSpace(p, k - 1, k)) return false;
    // "was paged", "will be paged", "will follow up": only people are paged, and only people follow up.
    // "had confirmed", "has restarted": a perfect of what people do.
    const perfect =
      !be &&
      (lower === 'has' || lower === 'had') &&
      ((/ed$/.test(after) && PERSON_VERBS.has(after) && !WEAK_VERBS.has(after)) || IRREGULAR_PERFECTS.has(after));
    // "already did it": someone did.
    const didIt = lower === 'did' && !be && (after === 'it' || after === 'that' || after === 'this');
    return (
      HUMAN_GERUNDS.has(after) ||
      perfect ||
      didIt ||
      ((be || PASSIVE.has(lower)) && HUMAN_PARTICIPLES.has(after)) ||
      (!be && MODALS.has(lower) && HUMAN_BASES.has(after))
    );
  }
  // Any past tense after a capitalised word reads as a person; after a lower-case word ("fleet
  // jumped", "db3 promoted") only the verbs people do are evidence enough.
  return PERSON_VERBS.has(lower) || (!humanOnly && /ed$/.test(lower) && isVerbWord(lower));
}

const ACTION_ITEM = /^[ \t]*(?:[-*•][ \t]*)?(?:\[[ xX✓]\]|AI:|Action(?: item)?:|TODO:)[ \t]*$/;
const OWNER_TO = /^ to \p{Ll}+\b/u;

const SPOKE = new Set(['said', 'says', 'asked', 'added', 'replied', 'wrote', 'explained', 'noted']);

const ADDED_TO = /^[^.\n]{0,60}? to (?:the |this )?(?:#[\w-]+|channel|conversation|room|call|group|meeting|team)\b/;

/** The token at index i follows "pinged", "thanks", "talking to", "along with"… */
export function cueBefore(p: Paragraph, i: number): boolean {
  const prev = p.tokens[i - 1];
  if (prev === undefined) return false;
  const gap = p.text.slice(prev.end, p.tokens[i]?.start);
  // "[x] Bongani to update the runbook", "AI: Mirela to file the ticket": an action item's owner.
  if (
    ACTION_ITEM.test(p.text.slice(p.text.lastIndexOf('\n', prev.start) + 1, p.tokens[i]?.start)) &&
    OWNER_TO.test(p.text.slice(p.tokens[i]?.end ?? 0, (p.tokens[i]?.end ?? 0) + 30))
  )
    return true;
  // "AI(kmeleisea): follow up", "TODO(akhanna): remove the flag": the owner in brackets.
  if (
    p.text[p.tokens[i]?.end ?? 0] === ')' &&
    /(?:^|[\s*-])(?:AI|TODO|FIXME|ACTION|Action)\($/.test(p.text.slice(Math.max(0, (p.tokens[i]?.start ?? 0) - 8), p.tokens[i]?.start))
  )
    return true;
  // "w/ Chidi": with, as chat writes it.
  if (prev.lower === 'w' && gap === '/ ') return true;
  // "Best, Nalani", "Cheers, Bongani", "Thanks, Arjun": a sign-off, then who signs.
  if (gap === ', ' && SIGN_OFFS.has(prev.lower)) return true;
  if (!/^[ \t]*:?[ \t]+`?$/.test(gap)) return false;
  // "is called Hubble", "formerly called Praefect": naming a thing, not phoning a person.
  if (prev.lower === 'called' && NAMING.has(p.tokens[i - 2]?.lower ?? '')) return false;
  if (CUE_BEFORE.has(prev.lower)) return true;
  // '"It was the cache," said Tavita': a quote, then who spoke.
  if (SPOKE.has(prev.lower) && /[,.!?]?["”’]\s*$/.test(p.text.slice(Math.max(0, prev.start - 3), prev.start))) return true;
  // "#action ewa confirm the backups": MeetBot's action item names its owner first.
  if (prev.lower === 'action' && p.text[prev.start - 1] === '#') return true;
  // "by `hrangihau`", "assigned to `hrezaei`": a login in a code span is still the author, the one assigned.
  if (prev.lower === 'by' && gap.endsWith('`')) return true;
  // "added Mere Tautahi and Liko Kanahele to this channel": Slack's and Teams' notice of who was added.
  if (prev.lower === 'added' && ADDED_TO.test(p.text.slice(p.tokens[i]?.end ?? 0, (p.tokens[i]?.end ?? 0) + 80))) return true;
  const before = p.tokens[i - 2];
  if (before === undefined) return false;
  // "rollback by svetlana-p", "MR by jdoe": the work, then who did it.
  return CUE_PAIRS.has(`${before.lower} ${prev.lower}`) || ((prev.lower === 'by' || prev.lower === 'from') && WORK_BY.has(before.lower));
}

// Lines that list people after a label: participant lists, e-mail headers, commit trailers, tickets.
const LABELS = `people present(?: \\(lines said\\))?|participants|attendees|present|in the call|on the call|on call|people|responders|from|to|cc|bcc|owners?|reporter|assignees?|authors?|hosts?|reviewers?|approvers?|incident commander|commander|scribe|comms lead|communications lead|reviewed-by|signed-off-by|co-authored-by|acked-by|tested-by|reported-by|suggested-by|helped-by|note taker|notetaker|note-taker|facilitator|moderator|chair|organizer|organiser|guests|invitees|accepted|declined|tentative|required|optional|on the bridge|on bridge|members|watchers|approved-by|requested-by|investigators|contributors|acknowledgements|acknowledgments|thanks to|review requested|requested reviewers|subscribers`;
// Chinese, Japanese and Korean labels of the same lists, with their full-width colon.
const CJK_LABELS = '参加者|与会者|出席者|参会人员|负责人|負責人|担当者|担当|報告者|报告人|참석자|담당자';
const HEADER = new RegExp(String.raw`^[ \t>*•-]*(?:\*\*)?(?:${LABELS}|${CJK_LABELS})(?:\*\*)?[ \t]*[:：]`, 'i');
const LABEL = new RegExp(`^(?:${LABELS}|${CJK_LABELS})$`, 'i');

const ANY_LABEL = new RegExp(String.raw`(?:${LABELS}|${CJK_LABELS}|subscribers?)(?:\*\*)?[ \t]*[:：]`, 'i');
/** The paragraph holds a list's label somewhere: a cheap question before inHeaderList is asked token by token. */
export const hasListLabel = (text: string): boolean => ANY_LABEL.test(text);

/** "Attendees", "Reviewed-by": the label of a list of people, not a speaker. */
export const isListLabel = (word: string): boolean => LABEL.test(word);

/** The token opens an item of such a list: "Participants: A B, C D and E". */
export function inHeaderList(p: Paragraph, i: number): boolean {
  const tok = p.tokens[i];
  if (tok === undefined) return false;
  const lineStart = p.text.lastIndexOf('\n', tok.start - 1) + 1;
  const before = p.text.slice(lineStart, tok.start);
  const m = HEADER.exec(before);
  if (m !== null && /(?:^|[,;、，；]|\band)[ \t]*$/.test(before.slice(m[0].length))) return true;
  // "… · Review requested: siobhan-od", "Restricted Application added a subscriber: Navid_K": a
  // label inside a line, after a separator of fields or as Phabricator writes it.
  if (!before.includes(':')) return false;
  let last: RegExpExecArray | null = null;
  for (const inline of before.matchAll(INLINE_HEADER)) last = inline as RegExpExecArray;
  return last !== null && /(?:^|[,;]|\band)[ \t]*$/.test(before.slice(last.index + last[0].length));
}
// "· Incident reporter:", "· Report author:": a label may be qualified by a word or two.
const INLINE_HEADER = new RegExp(String.raw`(?:(?:^|[ \t][·|][ \t]+|\t)(?:[\p{L}-]+ ){0,2}|\badded (?:a )?)(?:${LABELS}|subscribers?)[ \t]*:`, 'giu');

/** "abosco and Daren confirm recovery": the token at i, "and" another, then what people do (plural). */
export function pairActs(p: Paragraph, i: number): boolean {
  if (p.tokens[i + 1]?.lower !== 'and' || !gapIsSpace(p, i, i + 1) || !gapIsSpace(p, i + 1, i + 2) || !gapIsSpace(p, i + 2, i + 3)) return false;
  const verb = p.tokens[i + 3]?.lower ?? '';
  // "tavita and rokemo are on it", "… are on the call": what two people are.
  if (
    verb === 'are' &&
    /^ are (?:on it|on the (?:call|bridge)|looking|investigating|checking|around)\b/.test(
      p.text.slice(p.tokens[i + 2]?.end ?? 0, (p.tokens[i + 2]?.end ?? 0) + 28),
    )
  )
    return true;
  return (
    !WEAK_VERBS.has(verb) && verb !== 'are' && (PERSON_VERBS.has(`${verb}s`) || PERSON_VERBS.has(`${verb}es`) || (PERSON_VERBS.has(verb) && /ed$/.test(verb)))
  );
}

// "10:31 UTC — ", "Wed 11:02 ", "2026-03-04T10:20Z ", "[10:05] ": the time stamp that opens a timeline entry.
const TIME_LEAD =
  /^[ \t]*(?:\|[ \t]*)?(?:[-*•][ \t]+)?(?:\p{Lu}\p{Ll}{2} )?(?:\d{4}[-/]\d{2}[-/]\d{2}[T ])?\[?(?:T[+-])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?Z?\]?(?:[ \t]+(?:UTC|GMT|Z))?[ \t]*[-–—:|]?[ \t]+$/u;

/** The token opens a timeline entry, right after its time stamp: where the one who acted stands. */
export function timelineSubject(p: Paragraph, i: number): boolean {
  const tok = p.tokens[i];
  if (tok === undefined) return false;
  const lineStart = p.text.lastIndexOf('\n', tok.start - 1) + 1;
  return TIME_LEAD.test(p.text.slice(lineStart, tok.start));
}

/** A present or past tense after the token at i: "reads back", "bumps the pool", "re-enables". */
export function tensedVerbAfter(p: Paragraph, i: number): boolean {
  const next = p.tokens[i + 1];
  if (next === undefined || !gapIsSpace(p, i, i + 1) || !/^\p{Ll}[\p{Ll}-]+$/u.test(next.text)) return false;
  const stem = next.lower.replace(/^re-/, '');
  return PERSON_VERBS.has(next.lower) || ((/[^s]s$/.test(stem) || /ed$/.test(stem)) && isVerbWord(stem) && !FUNCTION_WORDS.has(stem));
}
