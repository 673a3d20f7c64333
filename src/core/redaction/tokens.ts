/** Words of a paragraph with their offsets; a possessive ending stays part of its word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower-case, possessive removed */
  lower: string;
  /** end of the word without a possessive ending */
  stemEnd: number;
}

// Marks (\p{M}) belong to their word: Devanagari's and Bengali's vowel signs, Thai's tone marks.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|[-'’.](?=[\p{L}\p{N}]))*/gu;
const POSSESSIVE = /['’]s?$/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    const possessive = /['’]s$/i.test(raw) ? raw.length - 2 : raw.length;
    const stem = raw.slice(0, possessive).replace(POSSESSIVE, '');
    out.push({ start, end: start + raw.length, text: raw, lower: stem.toLowerCase(), stemEnd: start + stem.length });
  }
  return out;
}

export const isTitleCase = (w: string): boolean => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)*$/u.test(w);
export const isLowerWord = (w: string): boolean => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w);
/** Looks like an account name rather than a word: digits, inner capitals or separators. */
export const isUsernameLike = (w: string): boolean =>
  /^[\p{L}][\p{L}\p{N}_.-]*$/u.test(w) && !isFileOrHost(w) && (/\p{N}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w) || /[_.-]/.test(w));

// "db1.cluster.gitlab.com", "config.yaml": a dot before a domain or a file type, or two dots, make a host or a file, not "jane.doe".
const FILE_OR_HOST =
  /\.(?:com|org|net|io|dev|app|cloud|co|edu|gov|local|internal|lan|yaml|yml|json|js|ts|rb|py|go|sh|conf|cfg|ini|log|txt|md|sql|toml|lock|xml|html|css|pem|crt|cer|key|csr|p12|tf|tfvars|env)$/i;
export const isFileOrHost = (w: string): boolean => FILE_OR_HOST.test(w) || (w.match(/\./g)?.length ?? 0) >= 2;

/** "岡本", "보미": letters of scripts without capitals (with their marks), where case says nothing. */
export const isCaseless = (w: string): boolean =>
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Ethiopic}\p{Script=Georgian}\p{M}ー・]+$/u.test(
    w,
  );

/** "東京リージョンのエラー率は…", "我已经把": Chinese and Japanese names are short and hold no grammar particle. */
export const isCjkSentence = (w: string): boolean =>
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(w) && (w.length >= 6 || /[的了把是在我你他她们吗呢吧はがをにでのもへと]/u.test(w));

/**
 * The token opens a sentence, a line or a quoted/bracketed part, where capitals say nothing.
 */
export function atSentenceStart(text: string, tok: Token): boolean {
  let i = tok.start - 1;
  while (i >= 0 && /[\s"'“‘(*_>#\-•`]/u.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?:;\]|]/.test(text[i] ?? '');
}
