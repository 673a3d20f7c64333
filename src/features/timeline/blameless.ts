// "Redact the names to remove the blame": names are only half of it. Wording that points at a
// person's failure ("X's fault", "forgot to", "should have", "careless") turns a timeline into a
// verdict. The composer notices it and suggests a neutral phrasing; it never blocks.

export interface BlameHint {
  /** the words as written, for the person to see what was noticed */
  phrase: string;
  /** a neutral way to say it, or a question that leads to one */
  suggestion: string;
}

const RULES: { pattern: RegExp; suggestion: (m: RegExpExecArray) => string }[] = [
  { pattern: /(?:\p{Lu}\p{L}*\s+)?[\p{L}\p{N}]+'s fault\b/u, suggestion: () => 'say what happened, not whose fault it was: "the change caused …"' },
  { pattern: /\b(?:it was|is|all) (?:his|her|their|my|your) fault\b/i, suggestion: () => 'describe the event: "the deploy caused …"' },
  { pattern: /\bforgot to (\w+)/i, suggestion: (m) => `"${m[1]} was not done" (and, later, why the process let it be missed)` },
  { pattern: /\bshould(?: not|n't)? have (\w+)/i, suggestion: (m) => `say what happened: "${m[1]} did not happen" / "the step was missing"` },
  {
    pattern: /\b(?:careless(?:ly|ness)?|sloppy|negligen(?:t|ce)|incompeten(?:t|ce))\b/i,
    suggestion: () => 'state the action and its effect, without judging it',
  },
  { pattern: /\b(?:messed|screwed) up\b/i, suggestion: () => '"the change had an unintended effect: …"' },
  { pattern: /\bblame[sd]?\b/i, suggestion: () => 'record what happened and what was learned; blame stays out of the doc' },
  { pattern: /\bhuman error\b/i, suggestion: () => 'name the condition that allowed the mistake ("no check stopped …")' },
];

/** What in `text` assigns blame, with a neutral suggestion for each; empty when the wording is fine. */
export function blameHints(text: string, dismissed: readonly string[] = []): BlameHint[] {
  const hints: BlameHint[] = [];
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const phrase = m[0];
    if (dismissed.some((d) => d.toLowerCase() === phrase.toLowerCase())) continue;
    hints.push({ phrase, suggestion: rule.suggestion(m) });
  }
  return hints;
}
