import { isEnglishWord, isTechTerm, nameKind } from '../lexicon';
import { span, type Paragraph } from '../paragraph';
import { isTitleCase } from '../tokens';
import { FUNCTION_WORDS, TEAM_WORDS } from '../vocabulary';
import type { PersonSpan } from '../types';

// A trailing dot, dash or apostrophe ends the sentence, not the handle.
const MENTION = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}](?:[\p{L}\p{N}_]|[.\-'](?=[\p{L}\p{N}]))*)(\/[\w-]+)?/gu;
const NEXT_WORD = /^ (\p{Lu}[\p{Ll}]+)(?=$|[\s.,:;!?)'’])/u;

/** "@test-infra-oncall", "@here", "@gitlabstatus": a team, a broadcast or an org account. */
export function isTeamHandle(handle: string): boolean {
  const lower = handle.toLowerCase();
  const parts = lower.split(/[-_.]/);
  if (parts.some((p) => TEAM_WORDS.has(p))) return true;
  if (isTechTerm(lower)) return true;
  return [...TEAM_WORDS].some((w) => w.length >= 4 && lower.endsWith(w) && isTechTerm(lower.slice(0, -w.length)));
}

/** @handles, and Slack-style display-name mentions ("@Tony Yang") with their surname. */
export function mentions(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const m of p.text.matchAll(MENTION)) {
    const handle = m[1] ?? '';
    if (m[2] !== undefined || isTeamHandle(handle)) continue;
    let end = m.index + 1 + handle.length;
    const next = NEXT_WORD.exec(p.text.slice(end));
    const surname = next?.[1];
    if (surname !== undefined && isTitleCase(handle) && !FUNCTION_WORDS.has(surname.toLowerCase())
      && (nameKind(surname.toLowerCase()) !== null || !isEnglishWord(surname.toLowerCase()))
      && !isTechTerm(surname.toLowerCase())) {
      end += surname.length + 1;
    }
    out.push(span(p, m.index, end, 'mention'));
  }
  return out;
}
