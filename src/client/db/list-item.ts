import {
  actionsDueThisWeek,
  daysWithoutContact,
  hasRecentCrisis,
  isNewReportUnvisited,
  openActions,
  overdueActions,
  regisseurOf,
  conflictingDecisions,
  type Outcome,
  type RelationshipType,
  type ReviewFacts,
} from '../../domain';
import type { SummaryRow } from './database';
import { openCount, openItemsOf } from './open-items';
import type { SummaryContents } from './summaries';

/**
 * One row of the households list and of the kernteam's review, from the household's summary
 * alone (no contact or plan row decoded). The review's facts follow the domain's rules
 * (rules/review.ts), so both lists and the meeting agree on what is overdue or urgent.
 */
export interface HouseholdListItem extends ReviewFacts {
  id: string;
  teamId: string;
  touchedAt: number;
  label: string;
  members: string;
  reportedBy: string;
  /** The current regisseur, from the handovers (one regisseur: rules/regisseur.ts). */
  regisseur: string | null;
  /** Handovers made at the same time that lost and are not settled yet. */
  regisseurContested: boolean;
  /** The newest contact moment, if any. */
  lastContact: { startedAt: string; outcome?: Outcome } | null;
  openCount: number;
  /** An agreed planning date has passed with no contact since, or an open action is past its date. */
  overdue: boolean;
  conflictCount: number;
  openActionCount: number;
  overdueActionCount: number;
  /** The newest relationship type recorded in a contact moment. */
  relationshipType: RelationshipType | null;
  decisionCount: number;
  /** Meetings with more than one decision on this household (taken on different devices). */
  conflictingDecisionDays: string[];
  todosOpen: number;
  todosDone: number;
}

/** Compare instants, not strings: devices may write different UTC offsets. */
const newestFirst = (a: { startedAt: string }, b: { startedAt: string }) => Date.parse(b.startedAt) - Date.parse(a.startedAt);

export function toListItem(row: SummaryRow, contents: SummaryContents, today: string): HouseholdListItem {
  const contacts = Object.values(contents.contacts).sort(newestFirst);
  const items = openItemsOf(contacts, today);
  const last = contacts.find((contact) => !contact.untouched);
  // As the plan counts them: actions of an active goal, and those a team decision put there.
  const actions = Object.values(contents.actions).filter((a) => contents.goals[a.goalId] === 'actief' || a.goalId in contents.decisions);
  const overdueCount = overdueActions(actions, today).length;
  const regisseur = regisseurOf(Object.values(contents.handovers));
  const decisions = Object.values(contents.decisions);
  const todos = decisions.filter((d) => d.todoFor !== null);
  return {
    id: row.householdId,
    teamId: row.teamId,
    touchedAt: row.touchedAt,
    label: contents.label ?? '',
    members: contents.members,
    reportedBy: contents.reportedBy,
    regisseur: regisseur.current?.toName ?? null,
    regisseurContested: regisseur.contested.length > 0,
    lastContact: last ? { startedAt: last.startedAt, outcome: last.outcome } : null,
    openCount: openCount(items),
    overdue: overdueCount > 0 || items.some((item) => item.kind === 'plan-passed'),
    conflictCount: contents.conflicts.length,
    openActionCount: openActions(actions).length,
    overdueActionCount: overdueCount,
    dueThisWeek: actionsDueThisWeek(actions, today).length,
    noContactDays: daysWithoutContact(contacts, today),
    crisis: hasRecentCrisis(contacts, today),
    newReport: isNewReportUnvisited(contents.reported, contacts),
    relationshipType: contacts.find((c) => !c.untouched && c.relationshipType)?.relationshipType ?? null,
    decisionCount: decisions.length,
    conflictingDecisionDays: conflictingDecisions(decisions).map((group) => group[0]!.meetingOn),
    todosOpen: todos.filter((d) => !d.todoDone).length,
    todosDone: todos.filter((d) => d.todoDone).length,
  };
}
