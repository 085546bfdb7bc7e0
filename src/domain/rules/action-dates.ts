import type { ActionStatus } from '../records/plan-actions';
import { addDays, daysBetween } from './calendar';
import { MAX_PLAN_TERM_DAYS } from './planning';

/** The method: an action is agreed within two weeks, so that is the date a new action gets. */
export function defaultDueDate(today: string): string {
  return addDays(today, MAX_PLAN_TERM_DAYS);
}

/**
 * "Lukt dit niet binnen twee weken … Wie gaat dat bewaken?": an action due more than two weeks
 * after it was agreed needs a named person who keeps an eye on it.
 */
export function needsMonitor(createdOn: string, dueDate: string | null): boolean {
  return dueDate !== null && daysBetween(createdOn, dueDate) > MAX_PLAN_TERM_DAYS;
}

export interface MonitorCheck {
  createdOn: string;
  dueDate: string | null;
  monitor: string;
}

/** The Dutch message when the action still needs a name for who monitors it; null when fine. */
export function monitorProblem(action: MonitorCheck): string | null {
  return needsMonitor(action.createdOn, action.dueDate) && action.monitor.trim() === ''
    ? 'Dit duurt langer dan twee weken. Wie gaat dat bewaken? Vul een naam in.'
    : null;
}

/** An open action whose date has passed (the day itself still counts as in time). */
export function isOverdue(action: { status: ActionStatus; dueDate: string | null }, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && daysBetween(action.dueDate, today) > 0;
}
