import {
  readSnapshot,
  type ScoreMoment,
  type ActionStatus,
  type ActorKind,
  type CareKind,
  type GoalStatus,
  type NetworkSnapshotPerson,
  type ReachKind,
  type RelationKind,
  type SupportKind,
  type SupportLevel,
  type SyncRecord,
  type TableName,
  type TieKind,
} from '../../domain';
import { decodeAll, str } from './queries';
import type { RecordStore } from './record-store';

/** Read models of the plan, the network and the regisseur (see queries.ts for the rules). */

export interface GoalView {
  id: string;
  words: string;
  status: GoalStatus;
  createdOn: string;
  statusOn: string | null;
  replacesId: string | null;
  nudgeAsked: boolean;
  subdomainIds: string[];
}

export interface PlanActionView {
  id: string;
  goalId: string;
  what: string;
  whoKind: ActorKind;
  whoPersonId: string | null;
  whoName: string;
  dueDate: string | null;
  monitor: string;
  supportLevel: SupportLevel | null;
  care: CareKind;
  reach: ReachKind;
  status: ActionStatus;
  feedback: string;
  feedbackOn: string | null;
  createdOn: string;
}

export interface NetworkPersonView extends NetworkSnapshotPerson {
  gives: Record<SupportKind, boolean>;
  phone: string;
  note: string;
  addedOn: string;
}

export interface NetworkVersionView {
  id: string;
  takenOn: string;
  people: NetworkSnapshotPerson[];
}

export interface HandoverView {
  id: string;
  toName: string;
  toOrganisation: string;
  byName: string;
  note: string;
  at: string;
  previousId: string | null;
  settled: boolean;
}

const orNull = (v: unknown) => (typeof v === 'string' ? v : null);

export function toGoalView(r: SyncRecord): GoalView {
  const f = r.fields;
  const subdomainIds = Object.keys(f)
    .filter((name) => name.startsWith('subdomain.') && f[name] === true)
    .map((name) => name.slice('subdomain.'.length));
  return {
    id: r.id,
    words: str(f.words),
    status: (f.status as GoalStatus | undefined) ?? 'actief',
    createdOn: str(f.createdOn),
    statusOn: orNull(f.statusOn),
    replacesId: orNull(f.replacesId),
    nudgeAsked: f.nudgeAsked === true,
    subdomainIds,
  };
}

export function toPlanActionView(r: SyncRecord): PlanActionView {
  const f = r.fields;
  return {
    id: r.id,
    goalId: str(f.goalId),
    what: str(f.what),
    whoKind: (f.whoKind as ActorKind | undefined) ?? 'bewoner',
    whoPersonId: orNull(f.whoPersonId),
    whoName: str(f.whoName),
    dueDate: orNull(f.dueDate),
    monitor: str(f.monitor),
    supportLevel: (f.supportLevel as SupportLevel | undefined) ?? null,
    care: (f.care as CareKind | undefined) ?? 'informeel',
    reach: (f.reach as ReachKind | undefined) ?? 'individueel',
    status: (f.status as ActionStatus | undefined) ?? 'open',
    feedback: str(f.feedback),
    feedbackOn: orNull(f.feedbackOn),
    createdOn: str(f.createdOn),
  };
}

export function toNetworkPersonView(r: SyncRecord): NetworkPersonView {
  const f = r.fields;
  return {
    id: r.id,
    name: str(f.name),
    relation: (f.relation as RelationKind | undefined) ?? 'vriend',
    tie: (f.tie as TieKind | undefined) ?? 'zwak',
    gives: {
      praktisch: f.givesPraktisch === true,
      gezelschap: f.givesGezelschap === true,
      advies: f.givesAdvies === true,
      emotioneel: f.givesEmotioneel === true,
    },
    phone: str(f.phone),
    note: str(f.note),
    addedOn: str(f.addedOn),
  };
}

function toHandoverView(r: SyncRecord): HandoverView {
  const f = r.fields;
  return {
    id: r.id,
    toName: str(f.toName),
    toOrganisation: str(f.toOrganisation),
    byName: str(f.byName),
    note: str(f.note),
    at: str(f.at),
    previousId: orNull(f.previousId),
    settled: f.settled === true,
  };
}

async function listOf<T>(store: RecordStore, table: TableName, householdId: string, view: (r: SyncRecord) => T): Promise<T[]> {
  const rows = await store.db.records.where('[table+householdId]').equals([table, householdId]).toArray();
  return (await decodeAll(store, rows)).map(view);
}

/** Goals oldest first: the order they were agreed in. */
export async function listGoals(store: RecordStore, householdId: string): Promise<GoalView[]> {
  return (await listOf(store, 'goals', householdId, toGoalView)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function listPlanActions(store: RecordStore, householdId: string): Promise<PlanActionView[]> {
  return (await listOf(store, 'planActions', householdId, toPlanActionView)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function listNetworkPeople(store: RecordStore, householdId: string): Promise<NetworkPersonView[]> {
  return (await listOf(store, 'networkPeople', householdId, toNetworkPersonView)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function listNetworkVersions(store: RecordStore, householdId: string): Promise<NetworkVersionView[]> {
  return listOf(store, 'networkVersions', householdId, (r) => ({ id: r.id, takenOn: str(r.fields.takenOn), people: readSnapshot(str(r.fields.people)) }));
}

export async function listHandovers(store: RecordStore, householdId: string): Promise<HandoverView[]> {
  return listOf(store, 'handovers', householdId, toHandoverView);
}

/** The kept moments of the leefgebiedenkaart, as score moments (see rules/progress.ts). */
export async function listMapMoments(store: RecordStore, householdId: string): Promise<ScoreMoment[]> {
  return listOf(store, 'mapMoments', householdId, (r) => {
    const resident: Record<string, number | null> = {};
    const worker: Record<string, number | null> = {};
    for (const [name, value] of Object.entries(r.fields)) {
      const score = typeof value === 'number' ? value : null;
      if (name.startsWith('resident.')) resident[name.slice('resident.'.length)] = score;
      else if (name.startsWith('worker.')) worker[name.slice('worker.'.length)] = score;
    }
    return { takenOn: str(r.fields.takenOn), resident, worker };
  });
}
