import { isTechTerm } from '../lexicon';
import { isTeamHandle } from './mentions';
import { span, type Paragraph } from '../paragraph';
import { PROFILE_HOSTS, RESERVED_PATHS } from '../vocabulary';
import type { PersonSpan } from '../types';

const URL = /\b(?:https?:\/\/)?((?:[\w-]+\.)+[a-z]{2,})(\/[^\s<>()[\]"'`]*)/gi;
const SLACK_USER = /^\/team\/([A-Z0-9]{6,})/;
// Sites where every path under an account belongs to it; on code hosts only the bare profile
// page does, since org/repo paths mostly name organisations.
const ACCOUNT_IN_ANY_PATH = new Set(['twitter.com', 'x.com', 'www.twitter.com', 'www.x.com', 'mobile.twitter.com']);

/** The account in profile links: github.com/x, gitlab.com/x, twitter.com/x/status/…, Slack /team/U… */
export function profileUrls(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const m of p.text.matchAll(URL)) {
    const host = (m[1] ?? '').toLowerCase();
    const path = m[2] ?? '';
    const pathStart = m.index + m[0].length - path.length;
    if (host.endsWith('.slack.com')) {
      const id = SLACK_USER.exec(path);
      if (id?.[1] !== undefined) out.push(span(p, pathStart + 6, pathStart + 6 + id[1].length, 'profile-url'));
      continue;
    }
    if (!PROFILE_HOSTS.includes(host)) continue;
    const segments = path.split(/[/?#]/);
    let index = 1;
    if (segments[1] === 'users' && !ACCOUNT_IN_ANY_PATH.has(host)) index = 2;
    const account = segments[index] ?? '';
    const rest = segments.slice(index + 1).filter((s) => s !== '');
    const isProfile = ACCOUNT_IN_ANY_PATH.has(host) || rest.length === 0;
    const lower = account.toLowerCase();
    if (!/^[\w-]+$/.test(account) || !isProfile || RESERVED_PATHS.has(lower) || isTechTerm(lower) || isTeamHandle(account)) continue;
    const start = pathStart + segments.slice(0, index).join('/').length + 1;
    out.push(span(p, start, start + account.length, 'profile-url'));
  }
  return out;
}
