// The words people read, from `public/_locales/en/messages.json` (copied to the build's
// `_locales/en/`, what `chrome.i18n` reads). `makeT(lookup)` gives the `t(key, ...substitutions)`
// a surface uses: the browser's lookup first (so a translation in `_locales/<lang>/` wins), the
// English file itself where there is no browser (unit tests, Node), so both read the same text.
// A key that is not in the file fails the type check, and so does a wrong count of substitutions.
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };

type Messages = typeof messages;
export type MessageKey = keyof Messages;
type Substitution = string | number;
/** A message with placeholders takes its substitutions (`$1`, `$2`… in order); one without takes none. */
export type Substitutions<K extends MessageKey> = Messages[K] extends { placeholders: object } ? [Substitution, ...Substitution[]] : [];

export type Lookup = (key: string, substitutions: string[]) => string | undefined;
export type Translate = <K extends MessageKey>(key: K, ...substitutions: Substitutions<K>) => string;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What `chrome.i18n.getMessage` does with the English file: `$NAME$` → its content, `$1` → a substitution, `$$` → `$`. */
export function format(key: MessageKey, substitutions: readonly Substitution[] = []): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return key;
  const subs = substitutions.map(String);
  const direct = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), direct(p.content)]));
  return entry.message.replace(/\$(\w+)\$|\$\$/g, (all, name?: string) => (name === undefined ? '$' : (placeholders[name.toLowerCase()] ?? all)));
}

export function makeT(lookup?: Lookup): Translate {
  return (key, ...substitutions) => {
    const subs = (substitutions as Substitution[]).map(String);
    return lookup?.(key, subs) || format(key, subs);
  };
}

export const MESSAGE_KEYS = Object.keys(messages) as MessageKey[];
