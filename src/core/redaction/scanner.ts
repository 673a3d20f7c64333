import { compileRules, detectFindings, echoes, echoMatcher, merge, openDoubts, type Findings, type Rules } from './detect';
import { pseudonymRanges } from './paragraph';
import type { TermMatcher } from './terms';
import { withDefaults, type PersonSpan, type RedactionSettings } from './types';

export interface Scanner {
  /** One list of spans per paragraph, offsets relative to that paragraph. */
  scan(paragraphs: string[]): PersonSpan[][];
  /** Spans and doubts per paragraph: what may be a person and was left for review. */
  scanFindings(paragraphs: string[]): Findings[];
}

/**
 * Detection per paragraph is cached by the paragraph's text, so after an edit only the changed
 * paragraph is read again; the cheap cross-paragraph pass (names found in one paragraph looked
 * for in all) is redone only when the set of names changed.
 */
export function createScannerWith(rules: Rules): Scanner {
  let found = new Map<string, Findings>();
  let echoKey = '';
  let echoCache = new Map<string, PersonSpan[]>();
  let matcher: TermMatcher | null = null;
  const scanFindings = (paragraphs: string[]): Findings[] => {
    const next = new Map<string, Findings>();
    const base = paragraphs.map((text) => {
      const findings = next.get(text) ?? found.get(text) ?? detectFindings(text, rules);
      next.set(text, findings);
      return findings;
    });
    found = next;
    const all = base.flatMap((f) => f.spans);
    const key = [...new Set(all.map((s) => `${s.layer}\u0000${s.person ?? ''}\u0000${s.text}`))].sort().join('\u0001');
    if (key !== echoKey || matcher === null) {
      echoKey = key;
      matcher = echoMatcher(all, rules);
      echoCache = new Map();
    }
    const m = matcher;
    const nextEchoes = new Map<string, PersonSpan[]>();
    const result = paragraphs.map((text, i): Findings => {
      const extra = nextEchoes.get(text) ?? echoCache.get(text) ?? echoes(text, m, rules);
      nextEchoes.set(text, extra);
      const own = base[i] ?? { spans: [], doubts: [] };
      if (extra.length === 0) return own;
      const spans = merge(text, [...own.spans, ...extra]);
      return { spans, doubts: openDoubts(text, own.doubts, spans, pseudonymRanges(text, rules.pseudonyms), rules) };
    });
    echoCache = nextEchoes;
    return result;
  };
  return {
    scanFindings,
    scan: (paragraphs) => scanFindings(paragraphs).map((f) => f.spans),
  };
}

export function createScanner(settings?: Partial<RedactionSettings>): Scanner {
  return createScannerWith(compileRules(withDefaults(settings)));
}
