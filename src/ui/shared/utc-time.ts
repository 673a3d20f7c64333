// The composer shows and takes UTC: "2026-11-27 14:02". Responders in different zones then type
// the same clock the doc shows.
export function toUtcInput(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

export function fromUtcInput(text: string): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})\s*(?:UTC|Z)?\s*$/i.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}T${m[2]!.padStart(2, '0')}:${m[3]}:00.000Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : new Date(iso).toISOString();
}

export function localTitle(iso: string): string {
  return `Your local time: ${new Date(iso).toLocaleString()}`;
}
