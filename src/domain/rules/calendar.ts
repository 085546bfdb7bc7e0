import { toLocalIsoString } from '../local-time';

/** Calendar days as the worker lived them: no time zones, no clock times. */

const DAY_MS = 86_400_000;

/**
 * The calendar day of an ISO date or date-time as written, as a day number. A date-time with an
 * offset ("2026-03-01T23:30:00+01:00") is taken on its own local day, not converted to UTC,
 * because the worker agreed the term on that day; so record times with the device's local offset.
 */
export function calendarDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const utc = Date.UTC(year, month - 1, day);
  if (new Date(utc).getUTCDate() !== day) throw new RangeError(`Not a calendar date: ${iso}`);
  return utc / DAY_MS;
}

/** Days from the first day to the second (negative when the second is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return calendarDay(toIso) - calendarDay(fromIso);
}

/** The day `days` after an ISO date or date-time, as YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  return new Date((calendarDay(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Today (or the given moment) as the device's own calendar day, YYYY-MM-DD. */
export function localDay(date: Date): string {
  return toLocalIsoString(date).slice(0, 10);
}
