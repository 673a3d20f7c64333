import { cueBefore, isListLabel, pairActs, tensedVerbAfter, timelineSubject, verbAfter } from '../cues';
import { isDateWord, isEnglishWord, isInfrastructure, isRunTogether, isTechTerm, isVocabulary, nameKind } from '../lexicon';
import { isOpaque, span, type Paragraph } from '../paragraph';
import { atSentenceStart, isLowerWord, isTitleCase, isUsernameLike, type Token } from '../tokens';
import type { PersonSpan } from '../types';
import { COMMON_WORDS, DETERMINERS, FUNCTION_WORDS, INTERJECTION, isBotName, OWNED, PARTICLES, PERSON_VERBS, SIGN_OFFS } from '../vocabulary';
import { isTeamHandle } from './mentions';

const grammarEnding = (word: string): boolean => {
  const m = /^(.{3,}?)(ly|ing|ed)$/u.exec(word);
  const stem = m?.[1];
  return stem !== undefined && (isEnglishWord(stem) || isEnglishWord(`${stem}e`) || isEnglishWord(stem.slice(0, -1)) || isEnglishWord(word));
};

// What a chat line asks of the one it names: "any update?", "can you", "ping", "please".
const ASKS =
  /^(?:[ \t]+[\p{Ll}\p{N}_.-]+)*?[ \t]*(?:[,?]|:(?=\s|$)|[ \t]+(?:any|anything|can|could|would|are|do|did|have|please|pls|ping|thoughts|still|ptal|ack|status|around|there)\b)/u;

const ASKED_YOU = /^,? (?:can|could|would|will|are|do|did) you\b/;
const ASKING = new Set(['can', 'could', 'would', 'will', 'are', 'do', 'did']);
const VOCATIVE = /^,? (?:please|pls|do we|ping me)\b/;
const FIRST_LOWER = /^\p{Ll}/u;

/** The token opens its line, after a speaker's time stamp maybe. */
function lineOpensAt(p: Paragraph, tok: { start: number }): boolean {
  // Most words follow a letter or a comma on their line: no slicing for those.
  let k = tok.start - 1;
  while (k >= 0 && (p.text[k] === ' ' || p.text[k] === '\t')) k--;
  if (k >= 0 && p.text[k] !== '\n' && p.text[k] !== ']' && p.text[k] !== '*' && p.text[k] !== '-' && p.text[k] !== '•' && !/\d/.test(p.text[k] ?? ''))
    return false;
  const lineStart = p.text.lastIndexOf('\n', tok.start - 1) + 1;
  // Meeting notes open their lines with bullets: "  * Wayra, these timing bugs are tricky".
  return /^[ \t]*(?:[-*•][ \t]+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?$/.test(p.text.slice(lineStart, tok.start));
}

// What follows a name that opens a chat line and speaks to its bearer: "Reed, thoughts?", "Joy —
// can you", "Dale ok to merge?", "Honey can you share", "Cash I think it's DNS".
const AFTER_ADDRESS =
  /^(?:, |[ \t]+[—–-][ \t]+|[ \t]+(?:can|could|would|are|do|did|have|will) you\b|[ \t]+(?:please|pls|ok|okay|thoughts|any|I|yes|nope|lgtm|ptal)\b)/u;
// What a chat line opened by a given name says to or of its bearer: "yoni how far along is the
// restore?", "kostas is that the same trace?", "mele thank you!!", "sipho 👀", "yuki ^".
const BIDDEN_NAME =
  /^(?:[ \t]+(?:how|what|when|where|why|which|is (?:that|it|this)|are (?:we|they)|(?:can|could|would|are|do|did|have|will) you)\b(?=[^\n]*\?)|[ \t]+(?:thank you|thanks|thx|ty|takk|ack'?d?|on it)\b|[ \t]*[!]+|[ \t]+\^|[ \t]+\p{Extended_Pictographic})/u;
// What a given name opening a line says of its bearer: "Juanjo is OOO", "Srini has his pager".
const STATE_AFTER =
  /^[ \t]+(?:is|'s|’s|still) (?:still )?\p{Ll}{3,}ing\b|^[ \t]+(?:is|was|'s|’s) (?:ooo|out|off|away|asleep|afk|back|online|offline|sick|on leave|on pto|on holiday|covering|driving|on it|on call|on-call|our contact|the contact|up next|in the (?:call|bridge|huddle))\b|^[ \t]+has (?:the pager|his pager|her pager|their pager|the vendor contact|admin|access|the runbook|ic|comms)\b|^[ \t]*[+&][ \t]+\p{Lu}/iu;
// What a login opening a line says of itself: "yerlan done", "bongani +1", "ikaika restarting the pods".
const LOGIN_STATUS =
  /^[ \t]+(?:done|here|back|ack|lgtm|on it|brb|\+1|\p{Ll}{3,}ing\b|to (?:start|create|lead|write|update|file|check|look|follow|review|draft|send|contact|ask|fix|add|remove|investigate|confirm|own|schedule|organi[sz]e|coordinate|talk|reach|ping|email)\b)/u;

/** "welcome kestrel, bimal, ptamatea and oyvindh": every item of a list right after a cue word. */
function listAfterCue(p: Paragraph, i: number): boolean {
  const gap = (k: number) => p.text.slice(p.tokens[k - 1]?.end, p.tokens[k]?.start);
  let k = i;
  for (let n = 0; n < 8 && k > 0; n++) {
    // Step back over ", " or " and " (", and ") to the item before.
    if (p.tokens[k - 1]?.lower === 'and' && gap(k) === ' ' && (gap(k - 1) === ' ' || gap(k - 1) === ', ')) k -= 2;
    else if (gap(k) === ', ') k -= 1;
    else return n > 0 && cueBefore(p, k);
  }
  return false;
}

/** "…at :30. Rose please confirm", "np. Mark do we need…": opening a clause of a chat line, then asked something. */
function bidden(p: Paragraph, tok: Token, askedYou: boolean): boolean {
  return (
    (askedYou || VOCATIVE.test(p.text.slice(tok.end, tok.end + 12))) &&
    (lineOpensAt(p, tok) || /[.;!?][ \t]+$/.test(p.text.slice(Math.max(0, tok.start - 3), tok.start)))
  );
}

/** "Best," "Cheers," opening a line: the sign-off, not a name. */
const isSignOff = (p: Paragraph, tok: Token): boolean => p.text.startsWith(', ', tok.end) && SIGN_OFFS.has(tok.lower);

/** A name (or login) opening a chat line, addressed or reporting: its bearer is a person. */
function addressedByName(p: Paragraph, tok: Token, word: string): boolean {
  if (!lineOpensAt(p, tok) || tok.end !== tok.stemEnd) return false;
  const rest = p.text.slice(tok.end, tok.end + 20);
  const lower = tok.lower;
  // "Pikkis to lead the update": MeetBot's action item, a name then "to" and what they will do.
  if (
    /^ to \p{Ll}/u.test(rest) &&
    !isVocabulary(lower) &&
    !isTechTerm(lower) &&
    LOGIN_STATUS.test(rest) &&
    (isTitleCase(word) || isUsernameLike(word) !== false)
  )
    return true;
  // What the line says next, to or of the one it opens with: bidden ("how far along…?", "🙌") or a state ("is OOO").
  const after = p.text.slice(tok.end, tok.end + 120);
  const state = STATE_AFTER.test(after);
  const bid = BIDDEN_NAME.test(after);
  if (isTitleCase(word)) {
    // A name from the data, or a word no list knows; not "However," or "Note —". A brand that is a
    // name too, only when what follows is what people do ("Chase is chasing the vendor").
    const name = (nameKind(lower) !== null && (!isTechTerm(lower) || (state && !isInfrastructure(lower)))) || (!isVocabulary(lower) && !isTechTerm(lower));
    // "Will — can you…": a grammar word that is a name only before a pause.
    const grammar = FUNCTION_WORDS.has(lower) && !/^(?:, |[ \t]+[—–-][ \t]+)/u.test(rest);
    return (
      name &&
      !grammar &&
      !isDateWord(lower) &&
      !isSignOff(p, tok) &&
      ((AFTER_ADDRESS.test(rest) && (rest.startsWith(', ') ? !/^, (?:the|a|an|we|it|this|that|and|but|or|so|which|who)\b/.test(rest) : true)) ||
        bid ||
        state ||
        // "Wanjiru the mpesa callbacks are failing again": a given name that is nothing else, then
        // what the message is about (not "Hope the fix holds", "Mark the incident": words too).
        (nameKind(lower) === 'given' && /^ the \p{Ll}/u.test(rest)))
    );
  }
  // "juanjo is OOO", "kostas is that…?", "layla 🙌": in lower case, a given name that is nothing else.
  if (nameKind(lower) === 'given' && !isTechTerm(lower) && (bid || state)) return true;
  return isLowerWord(word) && !isVocabulary(lower) && !isTechTerm(lower) && !isTeamHandle(word) && word.length >= 3 && LOGIN_STATUS.test(rest);
}

/** The last word of a line, after a dash, an approval, thanks or a reaction: its signature, when it is no word. */
function signsOff(p: Paragraph, i: number, word: string): boolean {
  const tok = p.tokens[i];
  if (tok === undefined || tok.end !== tok.stemEnd) return false;
  // The last word of its line: the next token, if any, is on another line.
  const next = p.tokens[i + 1];
  if (next !== undefined && !p.text.slice(tok.end, next.start).includes('\n')) return false;
  const lineEnd = p.text.indexOf('\n', tok.end);
  // A smiley or an exclamation may follow the signature: "…, tahmina :)".
  if (!/^[ \t]*(?:[:;]-?[)D(P]|[!.]+|\p{Extended_Pictographic})*[ \t]*$/u.test(p.text.slice(tok.end, lineEnd < 0 ? undefined : lineEnd))) return false;
  const lineStart = p.text.lastIndexOf('\n', tok.start - 1) + 1;
  const before = p.text.slice(lineStart, tok.start);
  // "lgtm, tavita": an approval or thanks, then who it is for or from.
  const ack = /^[ \t]*(?:lgtm|thanks|thx|ty|ok|okay|done|ack|\+1|cheers|nice|great|agreed)[!.]*,[ \t]+$/i.test(before);
  // "thanks for what you've done with the group, tahmina :)": thanked, then named at the end.
  const thanked = before.endsWith(', ') && /\b(?:thanks|thank you|ty|thx|cheers|kudos)\b/i.test(before);
  // Only the end of the line before it is looked at: a dash after a space, or alone.
  const dashed = /(?:^|[ \t])(?:—|–|--?) $/u.test(before.slice(-5));
  // ":eyes: Olek": a reaction and who reacted.
  const reacted = /^[ \t]*:[a-z0-9_+-]+:[ \t]+$/.test(before);
  if (!ack && !thanked && !dashed && !reacted) return false;
  const lower = word.toLowerCase();
  if (isVocabulary(lower) && nameKind(lower) !== 'given') return false;
  return (isLowerWord(word) || isTitleCase(word) || isUsernameLike(word) !== false) && !isTeamHandle(word) && !/^\p{N}/u.test(word);
}

/** The token opens its line (after a speaker's time stamp, maybe), and what follows asks the one it names. */
function addressedAt(p: Paragraph, i: number): boolean {
  const tok = p.tokens[i];
  if (tok === undefined) return false;
  const lineStart = p.text.lastIndexOf('\n', tok.start - 1) + 1;
  if (!/^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?$/.test(p.text.slice(lineStart, tok.start))) return false;
  const rest = p.text.slice(tok.end, tok.end + 60);
  // Only other logins may stand between it and the question: "pkowalska mtanaka3 ravi_s ping".
  const m = ASKS.exec(rest);
  if (!m) return false;
  return m[0]
    .trim()
    .split(/[ \t]+/)
    .slice(0, -1)
    .every((w) => !isVocabulary(w.toLowerCase()) || /[_\p{N}.]/u.test(w));
}

/**
 * Words no vocabulary knows, read as people from what surrounds them: "pinged lantao",
 * "along with Draven", "Seb probably has", "MacFan4000 noticed".
 */
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'tysm']);
// After the name: the end of the thanks ("thanks mark, that fixed it", "thx hope!"), not more
// words of a sentence ("thanks will do", "thanks bill me later").
const THANKS_END = /^(?:[,!.?)🙏]|[ \t]*$|[ \t]+(?:for|again|so much|a lot|both)\b|[ \t]+[—–-][ \t])/u;
const SAID = new Set(['said', 'asked', 'added', 'replied', 'wrote', 'explained', 'noted', 'thinks', 'thought', 'says', 'found', 'told']);

/** "thanks mark, that fixed it": a lower-case word-name thanked, and nothing after but the thanks' end. */
function thanked(p: Paragraph, i: number): boolean {
  const prev = p.tokens[i - 1];
  const tok = p.tokens[i] as Token;
  return prev !== undefined && THANKS.has(prev.lower) && p.text.slice(prev.end, tok.start) === ' ' && THANKS_END.test(p.text.slice(tok.end, tok.end + 12));
}

/**
 * "hope said the canary looked clean", "bill restarted the workers": a lower-case word-name
 * opening a chat line, then a person's past tense (no ordinary noun "said" or "restarted" anything).
 */
function spokeOrActed(p: Paragraph, i: number): boolean {
  const tok = p.tokens[i] as Token;
  const next = p.tokens[i + 1];
  if (next === undefined || p.text.slice(tok.end, next.start) !== ' ' || tok.stemEnd !== tok.end) return false;
  return SAID.has(next.lower) || (/ed$/.test(next.lower) && PERSON_VERBS.has(next.lower));
}

export function contextCues(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  p.tokens.forEach((tok, i) => {
    // Most tokens are lower-case words of the language that no name list holds: none of the cues
    // below can make them a person (each asks for a name, a capital or an unknown word).
    if (FIRST_LOWER.test(tok.text) && nameKind(tok.lower) === null && isVocabulary(tok.lower)) return;
    const word = p.text.slice(tok.start, tok.stemEnd);
    // "Will can you check…", "Mark, could you…": a name that is also a word, opening a chat line
    // and asked something of as "you", is the one asked.
    // The next token must be one of the asking verbs before the text is sliced: most are not.
    const askedYou = ASKING.has(p.tokens[i + 1]?.lower ?? '') && p.tokens[i + 2]?.lower === 'you' && ASKED_YOU.test(p.text.slice(tok.end, tok.end + 16));
    // "…back online, Sadia can you double-check": a word no list knows, asked as "you", anywhere.
    const unknownAsked = askedYou && isTitleCase(word) && !isVocabulary(tok.lower) && !isTechTerm(tok.lower);
    // "…at :30. Rose please confirm": a name that is a word, bidden at a clause's opening.
    if (
      unknownAsked ||
      (isTitleCase(word) &&
        nameKind(tok.lower) === 'ambiguous-given' &&
        ((askedYou && lineOpensAt(p, tok)) || (!FUNCTION_WORDS.has(tok.lower) && bidden(p, tok, askedYou))))
    ) {
      out.push(span(p, tok.start, tok.end, 'context'));
      return;
    }
    // "LGTM 👍 — mkahale", "sounds good - Ngaire": a login or a name signing off a line after a dash.
    if (signsOff(p, i, word) || addressedByName(p, tok, word)) {
      out.push(span(p, tok.start, tok.end, 'context'));
      return;
    }
    // A lower-case given name that is also a word ("tony", "will") needs a cue like any other word-name.
    // Not "will", "may", "can": modals in lower case are grammar.
    // Not the trade's own words ("status page updated").
    const wordName = /^\p{Ll}/u.test(word) && nameKind(tok.lower) === 'ambiguous-given' && !FUNCTION_WORDS.has(tok.lower) && !COMMON_WORDS.has(tok.lower);
    if (word.length < 2 || isOpaque(p, tok) || (isVocabulary(tok.lower) && !wordName) || /^[\p{N}_-]/u.test(word)) return;
    // "@x" and "#x" belong to the mention layer, which knows teams and channels.
    if (/[@#/]/.test(p.text[tok.start - 1] ?? '') || isTeamHandle(word) || isBotName(word)) return;
    // "v764", "MwEmbedSupport": a version, a CamelCase extension name.
    if (/^\p{Lu}+$/u.test(word) || isListLabel(word) || /^v\d+$/.test(word)) return;
    // "talking to de Leeuw": a particle is the start of the name after it, which the names layer reads.
    if (PARTICLES.has(word) && /^ \p{Lu}/u.test(p.text.slice(tok.end, tok.end + 2))) return;
    // Lower-case adverbs, gerunds and contractions are grammar, not handles.
    // Not "xiuying": only an ending on a word we know ("rebalancing", "oddly") makes grammar of it.
    if (/^\p{Ll}/u.test(word) && (/['’]/.test(word) || grammarEnding(word))) return;
    // "ok I'll loop in Will": a pronoun's contraction after a cue word is no one's name.
    if (/^(?:i|we|you|they|he|she|it|let|that|there)['’]/.test(tok.lower)) return;
    const title = isTitleCase(word);
    // "when the backfill started": after an article, a lower-case word is a thing.
    if (!title && DETERMINERS.has(p.tokens[i - 1]?.lower ?? '') && p.text.slice(p.tokens[i - 1]?.end, tok.start) === ' ') return;
    // "Sidekiq MemoryKiller restarted": words run together in CamelCase are a thing's name.
    if (/\p{Ll}\p{Lu}/u.test(word) && word.split(/(?<=\p{Ll})(?=\p{Lu})/u).every((w) => isEnglishWord(w.toLowerCase()))) return;
    // "KOyelaran", "JSmith": an initial glued to a name, the way some logins are written.
    const username = isUsernameLike(word) || /^\p{Lu}{2}\p{Ll}{3,}$/u.test(word);
    if (!title && !username && !isLowerWord(word)) return;
    if (/^\p{N}|\p{N}{4,}/u.test(word) && !/\p{L}{3,}/u.test(word)) return;
    // "jmwangi any update?", "pkowalska ravi_s ping": a login opening a chat line, then asked something.
    const addressed =
      !title &&
      username === false &&
      isLowerWord(word) &&
      !isVocabulary(tok.lower) &&
      !INTERJECTION.test(tok.lower) &&
      !(tok.lower.length >= 9 && isRunTogether(tok.lower)) &&
      addressedAt(p, i);
    const theOne = /^ (?:is|was) the one who\b/.test(p.text.slice(tok.end, tok.end + 20));
    const cue = cueBefore(p, i) || listAfterCue(p, i) || addressed || theOne || (!title && timelineSubject(p, i) && tensedVerbAfter(p, i));
    const midSentence = !atSentenceStart(p.text, tok);
    const possessive = tok.stemEnd !== tok.end && /s$/i.test(tok.text);
    // Only verbs people do are evidence: "Praefect routed writes" and "Hubble is" are products.
    const found = wordName
      ? ((cue || verbAfter(p, i, true, true)) && midSentence && !FUNCTION_WORDS.has(p.tokens[i - 1]?.lower ?? '')) ||
        thanked(p, i) ||
        (lineOpensAt(p, tok) && (askedYou || spokeOrActed(p, i)))
      : cue ||
        (title && midSentence && possessive) ||
        // "ikaika's idea", "subaba's patch": a login no list knows, owning something.
        (!title &&
          possessive &&
          (isLowerWord(word) || username !== false) &&
          word.length >= 3 &&
          !isTechTerm(tok.lower) &&
          OWNED.has(p.tokens[i + 1]?.lower ?? '')) ||
        verbAfter(p, i, true, true) ||
        (!title && (pairActs(p, i) || (p.tokens[i - 1]?.lower === 'and' && i >= 2 && pairActs(p, i - 2) && !isVocabulary(p.tokens[i - 2]?.lower ?? ''))));
    if (found) out.push(span(p, tok.start, tok.end, 'context'));
  });
  return out;
}
