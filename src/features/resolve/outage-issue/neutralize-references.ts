// GitLab turns `@name`, `#12`, `!12`, `$12`, `%milestone`, `~label`, `&12`, `*iteration:1`,
// `[vulnerability:1]` into links after the Markdown is parsed, and a mention pings, a reference
// leaves a "mentioned in" note on whatever it points at. A backslash stops that only on GitLab
// versions from mid-2021 on, and backticks turn the text into code, so a WORD JOINER (U+2060:
// invisible, no width) goes between the sigil and what follows: every GitLab version stops
// matching there, and the reader sees the text as it was written. The same trick keeps
// `{+ +}` / `[- -]` from becoming GitLab's inline diff and `[[_TOC_]]` a table of contents.
export const WORD_JOINER = '\u2060';

// Issues, merge requests, snippets and epics are referenced by number only.
const SIGIL_BEFORE_NAME = /[@%~*[](?=[\p{L}\p{N}_."])|[#!$&](?=\p{N})/gu;
const INLINE_DIFF_EDGE = /[{[](?=[+-])|[+-](?=[}\]])/g;

export function neutralizeReferences(text: string): string {
  return text.replace(SIGIL_BEFORE_NAME, `$&${WORD_JOINER}`).replace(INLINE_DIFF_EDGE, `$&${WORD_JOINER}`);
}
