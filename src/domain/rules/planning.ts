import { daysBetween } from './calendar';

/** The method's planning rule: the agreed term is not more than two weeks after the contact. */
export const MAX_PLAN_TERM_DAYS = 14;

export type PlanTermStatus = 'ok' | 'too-late' | 'in-past';

/** Whether a plan date (YYYY-MM-DD) keeps the two-week term counted from the contact. */
export function planTermStatus(startedAtIso: string, planDateIso: string): PlanTermStatus {
  const days = daysBetween(startedAtIso, planDateIso);
  if (days < 0) return 'in-past';
  return days > MAX_PLAN_TERM_DAYS ? 'too-late' : 'ok';
}
