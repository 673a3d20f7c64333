// axe-core, run inside a page or frame of the extension (the popup, the options page, the sidebar
// frame). Its source comes from the installed package and is evaluated over the DevTools protocol:
// the extension pages' CSP refuses inline <script> tags, and nothing is fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What fails the suite: a violation a person using a screen reader or the keyboard cannot get past. */
export const BLOCKING: ImpactValue[] = ['serious', 'critical'];

export interface Audit {
  /** every violation axe found, whatever its impact */
  violations: Result[];
  /** only the serious and critical ones */
  blocking: Result[];
  /** the blocking ones, one line per element, for the failure message */
  report: string;
}

export async function audit(target: Page | Frame): Promise<Audit> {
  const injected = await target.evaluate(() => 'axe' in window);
  if (!injected) await target.evaluate(`${AXE_SOURCE}\n;void 0`);
  const results = (await target.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }),
  )) as AxeResults;
  const blocking = results.violations.filter((v) => BLOCKING.includes(v.impact ?? null));
  return { violations: results.violations, blocking, report: format(blocking) };
}

/** "serious color-contrast: Elements must meet minimum color contrast ratio thresholds\n  .id-muted — Fix any of…" */
export function format(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `  ${n.target.join(' > ')} — ${(n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}`);
      return [`${v.impact} ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join('\n');
    })
    .join('\n');
}
