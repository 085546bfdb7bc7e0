/** The method's planning rule: the agreed term is not more than two weeks after the contact. */
export const MAX_PLAN_TERM_DAYS = 14;

export type PlanTermStatus = 'ok' | 'too-late' | 'in-past';

const DAY_MS = 86_400_000;

/**
 * The calendar day of an ISO date or date-time as written. A date-time with an offset
 * ("2026-03-01T23:30:00+01:00") is taken on its own local day, not converted to UTC, because the
 * worker agreed the term on that day; so record `startedAt` with the device's local offset.
 */
function calendarDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const utc = Date.UTC(year, month - 1, day);
  if (new Date(utc).getUTCDate() !== day) throw new RangeError(`Not a calendar date: ${iso}`);
  return utc / DAY_MS;
}

/** Whether a plan date (YYYY-MM-DD) keeps the two-week term counted from the contact. */
export function planTermStatus(startedAtIso: string, planDateIso: string): PlanTermStatus {
  const days = calendarDay(planDateIso) - calendarDay(startedAtIso);
  if (days < 0) return 'in-past';
  return days > MAX_PLAN_TERM_DAYS ? 'too-late' : 'ok';
}
