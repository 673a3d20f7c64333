import { span, type Paragraph } from '../paragraph';
import { TEAM_WORDS } from '../vocabulary';
import type { PersonSpan } from '../types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** admin@, ops@, security-team@: a role mailbox reaches whoever holds the role, not a person. */
export function isRoleMailbox(local: string): boolean {
  const lower = local.toLowerCase().replace(/^\d+\+/, '');
  // "no-reply" is one role word however it is split.
  // "ic-rotation@", "oncall-rota@": a rota's address.
  if (/(?:^|[-_.])(?:rotation|rota|ic|imoc|cmoc|eoc|sysadmin|sysadmins)(?:$|[-_.])/.test(lower)) return true;
  return TEAM_WORDS.has(lower) || TEAM_WORDS.has(lower.replace(/[-_.]/g, '')) || lower.split(/[-_.+]/).some((p) => TEAM_WORDS.has(p));
}

// "tmorunga at ubuntu.com", "[jakob.thorsteinsson at ubuntu.com]": mailing-list archives spell the @ out.
// " at " is common ("at 10:02"): the domain after it is looked for first, the mailbox before it only then.
const SPELLED_DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|edu|gov|dev|co|uk|de|fr|jp|info)\b/u;
const SPELLED_LOCAL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+$/u;
const NOT_A_MAILBOX = /^(?:look|looking|looked|arrive|arrived|hosted|based|available|live|up|down|out|is|was|are|me|us|them|here|there|find|found)$/i;

function spelledAddresses(p: Paragraph, out: PersonSpan[]): void {
  for (let at = p.text.indexOf(' at '); at >= 0; at = p.text.indexOf(' at ', at + 4)) {
    const domain = SPELLED_DOMAIN.exec(p.text.slice(at + 4, at + 80))?.[0];
    if (domain === undefined) continue;
    const local = SPELLED_LOCAL.exec(p.text.slice(Math.max(0, at - 64), at))?.[0];
    // "look at github.com": a word of the sentence is no mailbox.
    // Archives write both parts in lower case: "Maven at RubyGems.org" is a sentence.
    if (local === undefined || isRoleMailbox(local) || NOT_A_MAILBOX.test(local) || /\p{Lu}/u.test(local + domain)) continue;
    out.push(span(p, at - local.length, at + 4 + domain.length, 'email'));
  }
}

export function emails(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  spelledAddresses(p, out);
  for (const m of p.text.matchAll(EMAIL)) {
    // "[~tw@203.0.113.9]": an IRC ident at a numeric host is no mailbox (RFC 5321 writes those in brackets).
    // "checkout-api@v2.41.0", "lodash@4.17.21": a package at a version; a domain's last label has letters.
    if (isRoleMailbox(m[1] ?? '') || /@[\d.]+$/.test(m[0]) || !/\.\p{L}[\p{L}-]*$/u.test(m[0])) continue;
    out.push(span(p, m.index, m.index + m[0].length, 'email'));
  }
  return out;
}
