// Redacted doc text placed in GitLab Flavored Markdown must render as exactly that text: never as
// a quick action, a heading, a list, a link, an image, HTML, a table cell border, a mention or a
// reference. The result is one line, safe at the start of a line and inside a table cell.
import { neutralizeReferences } from './neutralize-references';

const REPLACEMENT = '\uFFFD';
// PostgreSQL refuses NUL, and a lone surrogate cannot be sent as UTF-8: both become U+FFFD.
const UNSENDABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDFFF]/gu;
// Every character CommonMark or GitLab reads as a line break, so one entry stays one line.
const LINE_BREAK = /\s*[\n\r\u000B\u000C\u0085\u2028\u2029]\s*/g;
// `<` becomes an entity rather than `\<` so that no text can contain `<!--` and pass for the
// issue marker when the worker looks an issue up by it.
const INLINE_SPECIAL = /[\\`*_[\]|~$&<]/g;
// Only meaningful as the first character of a line: heading, blockquote, list, setext
// underline, ordered list, and `/` for GitLab's quick actions.
const LINE_START_SPECIAL = /^(?:[#>+\-=/]|\d+[.)])/;

// A web link is kept clickable inside `<…>`, where GitLab takes every character literally,
// so neither escaping nor the word joiner can corrupt it. The characters left out of it are
// ones that would end an autolink or a table cell.
const URL = /https?:\/\/[^\s<>|`"\\[\]]+/giu;
const URL_TRAILING_PUNCTUATION = /[.,:;!?'*_~]$/;

function escapeInline(text: string): string {
  return neutralizeReferences(text).replace(INLINE_SPECIAL, (c) => (c === '<' ? '&lt;' : `\\${c}`));
}

// Sentence punctuation after a link belongs to the sentence, as does a `)` that closes a
// parenthesis opened before the link.
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const candidate = url.slice(0, end);
    const unbalancedParen = candidate.endsWith(')') && candidate.split('(').length < candidate.split(')').length;
    if (!URL_TRAILING_PUNCTUATION.test(candidate) && !unbalancedParen) return candidate;
    end -= 1;
  }
}

export function oneLine(text: string): string {
  return text.replace(UNSENDABLE, REPLACEMENT).replace(LINE_BREAK, ' ').replace(/\t/g, ' ').trim();
}

export function escapeMarkdownText(text: string): string {
  const line = oneLine(text);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL)) {
    const url = trimUrl(match[0]);
    if (/^https?:\/\/$/i.test(url)) continue;
    out += `${escapeInline(line.slice(last, match.index))}<${url}>`;
    last = match.index + url.length;
  }
  out += escapeInline(line.slice(last));
  return out.replace(LINE_START_SPECIAL, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
}
