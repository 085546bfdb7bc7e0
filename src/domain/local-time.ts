/**
 * An ISO 8601 timestamp in the device's own time zone, with its offset
 * (`2026-11-29T14:05:00.000+01:00`). Rules that count calendar days (the two-week planning
 * term) must count them as the worker lived them, not in UTC, so the offset is kept.
 */
export function toLocalIsoString(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offsetMin * 60_000).toISOString().slice(0, -1);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
