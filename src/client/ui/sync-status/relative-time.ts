import { syncStatusTexts as t } from './texts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "zojuist", "5 min geleden", "3 uur geleden", "op 2 dec." */
export function timeAgo(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return t.justNow;
  if (elapsed < HOUR) return t.minutesAgo(Math.floor(elapsed / MINUTE));
  if (elapsed < 24 * HOUR) return t.hoursAgo(Math.floor(elapsed / HOUR));
  return t.onDate(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short' }).format(at));
}
