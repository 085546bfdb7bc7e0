import { localDay } from '../../domain';

// Made at the first date shown, not when the module loads: Intl's first use in a freshly started
// browser loads the locale's data, which the lock screen (on the same path) does not need.
let dateFormat: Intl.DateTimeFormat | undefined;
const dutchDate = () => (dateFormat ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));

/** "3 maart 2026" for an ISO date or date-time, as it was on the day it was written. */
export function formatDate(iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return iso;
  return dutchDate().format(new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
}

/** Today as YYYY-MM-DD on this device's calendar. */
export function todayIso(now: Date = new Date()): string {
  return localDay(now);
}
