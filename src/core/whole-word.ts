// RE2's \b (like JavaScript's) knows only ASCII word characters: a boundary next to "é" in
// "José" would never match, so it is only added where the term's edge is ASCII.
const asciiWordChar = /[A-Za-z0-9_]/;

/** RE2 pattern for the term as a whole word, so "Al" never rewrites "Alerts". */
export function wholeWord(term: string): string {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${asciiWordChar.test(term[0] ?? '') ? '\\b' : ''}${escaped}${asciiWordChar.test(term.at(-1) ?? '') ? '\\b' : ''}`;
}
