// Timeline entries as they read in the doc: `2026-11-27 14:02 UTC — [guess] text`. Times are
// UTC so responders in different zones read one clock.
export const ENTRY_KINDS = ['fact', 'finding', 'guess', 'action', 'data'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface TimelineEntry {
  /** UTC ISO 8601 */
  at: string;
  kind: EntryKind;
  text: string;
}

export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a time: ${iso}`);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

export function formatEntry(entry: TimelineEntry): string {
  // One paragraph per entry: newlines inside the text would start entries of their own.
  return `${formatUtc(entry.at)} — [${entry.kind}] ${entry.text.replace(/\s*\n\s*/g, ' ').trim()}`;
}

const ENTRY_LINE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC — \[(fact|finding|guess|action|data)\] (.*)$/;

export function parseEntry(line: string): TimelineEntry | undefined {
  const m = ENTRY_LINE.exec(line.trim());
  if (!m) return undefined;
  return { at: `${m[1]}T${m[2]}:00.000Z`, kind: m[3] as EntryKind, text: m[4]! };
}
