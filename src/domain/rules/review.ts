import type { Channel, Outcome } from '../records/contacts';
import type { ActionStatus } from '../records/plan-actions';
import { addDays, daysBetween } from './calendar';
import { isOverdue } from './action-dates';
import { MAX_PLAN_TERM_DAYS } from './planning';

/**
 * The kernteam's review: which households need the team first, and the flags it filters by.
 * Pure, so the order is the same on every device and testable without a browser.
 */

/** What the review rules need of a contact moment. */
export interface ReviewContact {
  startedAt: string;
  channel?: Channel;
  outcome?: Outcome;
  /** The crisis step of the vragenlijst holds an answer (see content CRISIS_STEP_ID). */
  crisis?: boolean;
  /** Nothing recorded (a wrong channel tap): not a contact for any of these rules. */
  untouched?: boolean;
}

export interface ReviewAction {
  status: ActionStatus;
  dueDate: string | null;
}

/** A crisis counts for the team while it is this recent (the method's two-week term). */
export const CRISIS_RECENT_DAYS = MAX_PLAN_TERM_DAYS;

/** "Deze week": due today or in the six days after (a weekly meeting looks one week ahead). */
export const DUE_SOON_DAYS = 6;

const recorded = (contacts: readonly ReviewContact[]) => contacts.filter((c) => !c.untouched);

/** Whole days since the newest recorded contact; null when there was never one. */
export function daysWithoutContact(contacts: readonly ReviewContact[], today: string): number | null {
  const days = recorded(contacts).map((c) => daysBetween(c.startedAt, today));
  return days.length === 0 ? null : Math.max(0, Math.min(...days));
}

/** A contact moment of the last two weeks in which the crisis step was answered. */
export function hasRecentCrisis(contacts: readonly ReviewContact[], today: string): boolean {
  return recorded(contacts).some((c) => c.crisis === true && daysBetween(c.startedAt, today) <= CRISIS_RECENT_DAYS);
}

// A visit is going there (huisbezoek, erop af) and meeting someone: "niet thuis" is only a try.
const visitChannels: readonly Channel[] = ['huisbezoek', 'eropaf'];
const notMet: readonly (Outcome | undefined)[] = ['niet-thuis'];

/**
 * A report (melding) about the household that nobody has followed up at the door yet: the
 * household has a reporter or a reason of report, and no recorded visit that met someone.
 */
export function isNewReportUnvisited(reported: boolean, contacts: readonly ReviewContact[]): boolean {
  if (!reported) return false;
  return !recorded(contacts).some((c) => c.channel !== undefined && visitChannels.includes(c.channel) && !notMet.includes(c.outcome));
}

export function openActions(actions: readonly ReviewAction[]): ReviewAction[] {
  return actions.filter((a) => a.status === 'open');
}

export function overdueActions(actions: readonly ReviewAction[], today: string): ReviewAction[] {
  return actions.filter((a) => isOverdue(a, today));
}

/** Open actions due from today up to six days later (overdue ones are counted as overdue). */
export function actionsDueThisWeek(actions: readonly ReviewAction[], today: string): ReviewAction[] {
  const last = addDays(today, DUE_SOON_DAYS);
  return actions.filter((a) => a.status === 'open' && a.dueDate !== null && a.dueDate >= today && a.dueDate <= last);
}

/** One household as the review list sorts and filters it. */
export interface ReviewFacts {
  label: string;
  regisseur: string | null;
  crisis: boolean;
  /** Overdue plan actions or a passed planning date without contact since. */
  overdue: boolean;
  newReport: boolean;
  dueThisWeek: number;
  conflictCount: number;
  noContactDays: number | null;
}

/**
 * The team's order of urgency: crisis first, then overdue, then new reports not yet visited,
 * then the longest without contact (never contacted counts as longest). Ties by label, so the
 * order is stable on every device.
 */
export function compareUrgency(a: ReviewFacts, b: ReviewFacts): number {
  // Without allocating: a team's list sorts 5,000 households (some 60,000 comparisons) on a phone.
  if (a.crisis !== b.crisis) return a.crisis ? -1 : 1;
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.newReport !== b.newReport) return a.newReport ? -1 : 1;
  const da = a.noContactDays ?? Number.POSITIVE_INFINITY;
  const db = b.noContactDays ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da > db ? -1 : 1;
  return labelOrder().compare(a.label, b.label);
}

/**
 * One collator, made once: String.localeCompare with a locale builds one on every call. Made at
 * the first sort, not when the module loads (on the path to the lock screen, which sorts nothing).
 */
let collator: Intl.Collator | undefined;
const labelOrder = () => (collator ??= new Intl.Collator('nl'));

export function sortByUrgency<T extends ReviewFacts>(households: readonly T[]): T[] {
  return [...households].sort(compareUrgency);
}

/**
 * sortByUrgency again after a change, reusing the order before it: a household that is the same
 * object as before keeps its place among the others, and only the new or changed ones are placed
 * (by halving). A colleague's change re-sorted all 5,000 households of the review on a phone, a
 * long task each time; this is a few comparisons per changed household. Equal in order to a fresh
 * sort (households equal in every fact and label may swap, as they may between two fresh sorts).
 */
export function resortByUrgency<T extends ReviewFacts>(previous: readonly T[], households: readonly T[]): T[] {
  const before = new Set(previous);
  const changed = households.filter((h) => !before.has(h));
  // Many changed (another day, a first read, a big pull): one plain sort is as quick.
  if (changed.length > RESORT_MAX_CHANGED) return sortByUrgency(households);
  const now = new Set(households);
  const kept = previous.filter((h) => now.has(h));
  const placed = sortByUrgency(changed);
  for (const household of placed) kept.splice(firstAfter(kept, household), 0, household);
  return kept;
}

/** Beyond this many changed households each one's move costs more than sorting everything once. */
const RESORT_MAX_CHANGED = 64;

/** The place after every household that goes before or with `household` in `sorted`. */
function firstAfter<T extends ReviewFacts>(sorted: readonly T[], household: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareUrgency(sorted[middle]!, household) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const reviewFlags = ['crisis', 'achterstallig', 'melding', 'deze-week', 'twee-versies'] as const;
export type ReviewFlag = (typeof reviewFlags)[number];

/** Periods of the last contact: within a week, within a month, or longer ago (or never). */
export const reviewPeriods = ['week', 'maand', 'langer'] as const;
export type ReviewPeriod = (typeof reviewPeriods)[number];

export interface ReviewFilter {
  /** A regisseur's name; '' for households without one; undefined for all. */
  regisseur?: string;
  flag?: ReviewFlag;
  period?: ReviewPeriod;
}

function hasFlag(f: ReviewFacts, flag: ReviewFlag): boolean {
  switch (flag) {
    case 'crisis':
      return f.crisis;
    case 'achterstallig':
      return f.overdue;
    case 'melding':
      return f.newReport;
    case 'deze-week':
      return f.dueThisWeek > 0;
    case 'twee-versies':
      return f.conflictCount > 0;
  }
}

function inPeriod(f: ReviewFacts, period: ReviewPeriod): boolean {
  const days = f.noContactDays;
  if (period === 'week') return days !== null && days <= 7;
  if (period === 'maand') return days !== null && days <= 31;
  return days === null || days > 31;
}

export function matchesReviewFilter(f: ReviewFacts, filter: ReviewFilter): boolean {
  if (filter.regisseur !== undefined && (f.regisseur ?? '') !== filter.regisseur) return false;
  if (filter.flag && !hasFlag(f, filter.flag)) return false;
  if (filter.period && !inPeriod(f, filter.period)) return false;
  return true;
}

export function filterReview<T extends ReviewFacts>(households: readonly T[], filter: ReviewFilter): T[] {
  return households.filter((h) => matchesReviewFilter(h, filter));
}

/** Decisions on one household taken in the same meeting by different devices: both stand, the team chooses. */
export function conflictingDecisions<D extends { id: string; meetingOn: string }>(decisions: readonly D[]): D[][] {
  const byDay = new Map<string, D[]>();
  for (const d of decisions) byDay.set(d.meetingOn, [...(byDay.get(d.meetingOn) ?? []), d]);
  return [...byDay.values()].filter((group) => group.length > 1).map((group) => [...group].sort((a, b) => (a.id < b.id ? -1 : 1)));
}
