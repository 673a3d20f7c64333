import { compileRules, detectParagraph, echoes, echoMatcher, merge, type Rules } from './detect';
import type { TermMatcher } from './terms';
import { withDefaults, type PersonSpan, type RedactionSettings } from './types';

export interface Scanner {
  /** One list of spans per paragraph, offsets relative to that paragraph. */
  scan(paragraphs: string[]): PersonSpan[][];
}

/**
 * Detection per paragraph is cached by the paragraph's text, so after an edit only the changed
 * paragraph is read again; the cheap cross-paragraph pass (names found in one paragraph looked
 * for in all) is redone only when the set of names changed.
 */
export function createScannerWith(rules: Rules): Scanner {
  let found = new Map<string, PersonSpan[]>();
  let echoKey = '';
  let echoCache = new Map<string, PersonSpan[]>();
  let matcher: TermMatcher | null = null;
  return {
    scan(paragraphs) {
      const next = new Map<string, PersonSpan[]>();
      const base = paragraphs.map((text) => {
        const spans = next.get(text) ?? found.get(text) ?? detectParagraph(text, rules);
        next.set(text, spans);
        return spans;
      });
      found = next;
      const all = base.flat();
      const key = [...new Set(all.map((s) => `${s.layer}\u0000${s.text}`))].sort().join('\u0001');
      if (key !== echoKey || matcher === null) {
        echoKey = key;
        matcher = echoMatcher(all, rules);
        echoCache = new Map();
      }
      const m = matcher;
      const nextEchoes = new Map<string, PersonSpan[]>();
      return paragraphs.map((text, i) => {
        const extra = nextEchoes.get(text) ?? echoCache.get(text) ?? echoes(text, m, rules);
        nextEchoes.set(text, extra);
        return merge(text, [...(base[i] ?? []), ...extra]);
      });
    },
  };
}

export function createScanner(settings?: Partial<RedactionSettings>): Scanner {
  return createScannerWith(compileRules(withDefaults(settings)));
}
