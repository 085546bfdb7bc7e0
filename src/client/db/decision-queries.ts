import { householdsTable, recordFields, teamDecisionsTable, type SyncRecord, type TeamDecision } from '../../domain';
import type { StoredRecord } from './database';
import { decodeAll } from './queries';
import type { RecordStore } from './record-store';

/** Read models of the kernteam's decisions and the to-dos they send to the field. */

export interface DecisionView
  extends Required<
    Pick<
      TeamDecision,
      'meetingOn' | 'agreed' | 'nextStepBy' | 'dueDate' | 'newRegisseur' | 'byName' | 'actionId' | 'todoFor' | 'todoText' | 'todoDone' | 'todoDoneOn'
    >
  > {
  id: string;
  householdId: string;
}

export interface TodoView extends DecisionView {
  householdLabel: string;
}

/** An empty text counts as not given, like a missing one. */
const orNull = (v: string | null | undefined) => v || null;

export function toDecisionView(r: SyncRecord): DecisionView {
  const f = recordFields(teamDecisionsTable, r.fields);
  return {
    id: r.id,
    householdId: r.householdId ?? '',
    meetingOn: f.meetingOn ?? '',
    agreed: f.agreed ?? '',
    nextStepBy: f.nextStepBy ?? '',
    dueDate: orNull(f.dueDate),
    newRegisseur: f.newRegisseur ?? '',
    byName: f.byName ?? '',
    actionId: orNull(f.actionId),
    todoFor: orNull(f.todoFor),
    todoText: f.todoText ?? '',
    todoDone: f.todoDone === true,
    todoDoneOn: orNull(f.todoDoneOn),
  };
}

/** Newest meeting first; within one meeting in the order they were made. */
const byMeeting = (a: DecisionView, b: DecisionView) => (a.meetingOn === b.meetingOn ? (a.id < b.id ? -1 : 1) : a.meetingOn < b.meetingOn ? 1 : -1);

export async function listDecisions(store: RecordStore, householdId: string): Promise<DecisionView[]> {
  const rows = await store.db.records.where('[table+householdId]').equals(['teamDecisions', householdId]).toArray();
  return (await decodeAll(store, rows)).map(toDecisionView).sort(byMeeting);
}

/**
 * The to-dos the kernteam sent this worker, in this team, open ones first. Reads both tables
 * first and decodes after (live queries). Matched on the account name the team chose.
 */
export async function listTodos(store: RecordStore, teamId: string, username: string): Promise<TodoView[]> {
  const rows = await store.db.records.where('[table+teamId]').equals(['teamDecisions', teamId]).toArray();
  // Every read before the first decode: the household of each decision comes from its envelope.
  const householdIds = [...new Set(rows.map((r) => r.householdId).filter((id): id is string => id !== null))];
  const householdRows = await store.db.records.bulkGet(householdIds.map((id): ['households', string] => ['households', id]));
  const mine = (d: DecisionView) => d.todoFor?.toLowerCase() === username.toLowerCase() && d.todoText !== '';
  const decisions = (await decodeAll(store, rows)).map(toDecisionView).filter(mine);
  const wanted = new Set(decisions.map((d) => d.householdId));
  const households = await decodeAll(store, householdRows.filter((r): r is StoredRecord => r !== undefined && wanted.has(r.id)));
  const labels = new Map(households.map((h) => [h.id, recordFields(householdsTable, h.fields).label ?? '']));
  return decisions
    .filter((d) => labels.has(d.householdId))
    .map((d) => ({ ...d, householdLabel: labels.get(d.householdId)! }))
    .sort((a, b) => Number(a.todoDone) - Number(b.todoDone) || byMeeting(a, b));
}
