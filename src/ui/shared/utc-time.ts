// Times the pages show. The doc, the timeline entries and the composer's input stay in the fixed
// form "2026-11-27 14:02 UTC" (they are parsed back, and responders in different zones type the
// same clock the doc shows); what is only read goes through Intl in the browser's language: the
// date as that language writes it, the clock in UTC and 24-hour like the doc's, and the person's
// own local time on hover.
import { t } from './i18n';

// The composer shows and takes UTC: "2026-11-27 14:02".
export function toUtcInput(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

export function fromUtcInput(text: string): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})\s*(?:UTC|Z)?\s*$/i.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}T${m[2]!.padStart(2, '0')}:${m[3]}:00.000Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : new Date(iso).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${key}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const CLOCK = { timeZone: 'UTC', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' } as const;

/** "14:02 UTC" (or "14:02:31 UTC"); `zone: false` leaves the zone out where a heading says "times in UTC". */
export function utcTime(iso: string, opts: { seconds?: boolean; zone?: boolean; locale?: string } = {}): string {
  const { seconds = false, zone = true, locale } = opts;
  const options: Intl.DateTimeFormatOptions = { ...CLOCK, ...(seconds ? { second: '2-digit' } : {}), ...(zone ? { timeZoneName: 'short' } : {}) };
  return format(`time:${seconds}:${zone}`, options, locale).format(new Date(iso));
}

/** "Nov 27, 2026, 14:02 UTC" in the browser's language. */
export function utcDateTime(iso: string, locale?: string): string {
  return format('datetime', { ...CLOCK, year: 'numeric', month: 'short', day: 'numeric', timeZoneName: 'short' }, locale).format(new Date(iso));
}

/** The hover text: the same moment in the person's own zone. */
export function localTitle(iso: string, locale?: string): string {
  return t('time_localTitle', format('local', { dateStyle: 'medium', timeStyle: 'short' }, locale).format(new Date(iso)));
}
