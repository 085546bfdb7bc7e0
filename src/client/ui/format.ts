import { localDay } from '../../domain';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** "3 maart 2026" for an ISO date or date-time, as it was on the day it was written. */
export function formatDate(iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return iso;
  return dateFormat.format(new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
}

/** Today as YYYY-MM-DD on this device's calendar. */
export function todayIso(now: Date = new Date()): string {
  return localDay(now);
}
