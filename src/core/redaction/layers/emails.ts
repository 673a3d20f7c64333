import { span, type Paragraph } from '../paragraph';
import { TEAM_WORDS } from '../vocabulary';
import type { PersonSpan } from '../types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** admin@, ops@, security-team@: a role mailbox reaches whoever holds the role, not a person. */
export function isRoleMailbox(local: string): boolean {
  const lower = local.toLowerCase().replace(/^\d+\+/, '');
  // "no-reply" is one role word however it is split.
  // "ic-rotation@", "oncall-rota@": a rota's address.
  if (/(?:^|[-_.])(?:rotation|rota|ic|imoc|cmoc|eoc)(?:$|[-_.])/.test(lower)) return true;
  return TEAM_WORDS.has(lower) || TEAM_WORDS.has(lower.replace(/[-_.]/g, '')) || lower.split(/[-_.+]/).some((p) => TEAM_WORDS.has(p));
}

// "tmorunga at ubuntu.com", "[jakob.thorsteinsson at ubuntu.com]": mailing-list archives spell the @ out.
const SPELLED = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+) at ((?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|edu|gov|dev|co|uk|de|fr|jp|info))\b/gu;

export function emails(p: Paragraph): PersonSpan[] {
  const out: PersonSpan[] = [];
  if (p.text.includes(' at ')) {
    for (const m of p.text.matchAll(SPELLED)) {
      const local = m[1] ?? '';
      // "look at github.com": a word of the sentence is no mailbox.
      if (
        isRoleMailbox(local) ||
        /^(?:look|looking|looked|arrive|arrived|hosted|based|available|live|up|down|out|is|was|are|me|us|them|here|there|find|found)$/i.test(local)
      )
        continue;
      out.push(span(p, m.index, m.index + m[0].length, 'email'));
    }
  }
  for (const m of p.text.matchAll(EMAIL)) {
    // "[~tw@203.0.113.9]": an IRC ident at a numeric host is no mailbox (RFC 5321 writes those in brackets).
    if (isRoleMailbox(m[1] ?? '') || /@[\d.]+$/.test(m[0])) continue;
    out.push(span(p, m.index, m.index + m[0].length, 'email'));
  }
  return out;
}
