// How long customers were affected, as people say it: "2 h 14 min", "1 d 3 h", "45 min".
// Whole minutes, rounded down, so a duration never claims more than happened.
export function formatDuration(fromIso: string, toIso: string): string {
  const ms = Date.parse(toIso) - Date.parse(fromIso);
  if (Number.isNaN(ms)) throw new RangeError(`Not a time: ${Number.isNaN(Date.parse(fromIso)) ? fromIso : toIso}`);
  if (ms < 0) throw new RangeError(`${toIso} is before ${fromIso}`);
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 0) return 'under 1 min';
  const parts: [number, string][] = [
    [Math.floor(minutes / 1440), 'd'],
    [Math.floor(minutes / 60) % 24, 'h'],
    [minutes % 60, 'min'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}
