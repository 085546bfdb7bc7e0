import {
  goalsTable,
  mapMomentsTable,
  networkPeopleTable,
  networkVersionsTable,
  planActionsTable,
  prefixedValues,
  readSnapshot,
  recordFields,
  type Goal,
  type NetworkPerson,
  type NetworkSnapshotPerson,
  type PlanAction,
  type ScoreMoment,
  type SupportKind,
  type SyncRecord,
} from '../../domain';
import { listOf } from './queries';
import type { RecordStore } from './record-store';

export { listHandovers, type HandoverView } from './handover-queries';

/** Read models of the plan, the network and the regisseur (see queries.ts for the rules). */

export interface GoalView extends Required<Pick<Goal, 'words' | 'status' | 'createdOn' | 'statusOn' | 'replacesId' | 'nudgeAsked'>> {
  id: string;
  subdomainIds: string[];
}

export interface PlanActionView
  extends Required<
    Pick<
      PlanAction,
      | 'goalId'
      | 'what'
      | 'whoKind'
      | 'whoPersonId'
      | 'whoName'
      | 'dueDate'
      | 'monitor'
      | 'care'
      | 'reach'
      | 'status'
      | 'feedback'
      | 'feedbackOn'
      | 'createdOn'
    >
  > {
  id: string;
  /** Null while no trede of the ladder was chosen. */
  supportLevel: PlanAction['supportLevel'] | null;
}

export interface NetworkPersonView extends NetworkSnapshotPerson, Required<Pick<NetworkPerson, 'phone' | 'note' | 'addedOn'>> {
  gives: Record<SupportKind, boolean>;
}

export interface NetworkVersionView {
  id: string;
  takenOn: string;
  people: NetworkSnapshotPerson[];
}


export function toGoalView(r: SyncRecord): GoalView {
  const f = recordFields(goalsTable, r.fields);
  const subdomains = prefixedValues(goalsTable, 'subdomain.', r.fields);
  return {
    id: r.id,
    words: f.words ?? '',
    status: f.status ?? 'actief',
    createdOn: f.createdOn ?? '',
    statusOn: f.statusOn ?? null,
    replacesId: f.replacesId ?? null,
    nudgeAsked: f.nudgeAsked === true,
    subdomainIds: Object.keys(subdomains).filter((id) => subdomains[id] === true),
  };
}

export function toPlanActionView(r: SyncRecord): PlanActionView {
  const f = recordFields(planActionsTable, r.fields);
  return {
    id: r.id,
    goalId: f.goalId ?? '',
    what: f.what ?? '',
    whoKind: f.whoKind ?? 'bewoner',
    whoPersonId: f.whoPersonId ?? null,
    whoName: f.whoName ?? '',
    dueDate: f.dueDate ?? null,
    monitor: f.monitor ?? '',
    supportLevel: f.supportLevel ?? null,
    care: f.care ?? 'informeel',
    reach: f.reach ?? 'individueel',
    status: f.status ?? 'open',
    feedback: f.feedback ?? '',
    feedbackOn: f.feedbackOn ?? null,
    createdOn: f.createdOn ?? '',
  };
}

export function toNetworkPersonView(r: SyncRecord): NetworkPersonView {
  const f = recordFields(networkPeopleTable, r.fields);
  return {
    id: r.id,
    name: f.name ?? '',
    relation: f.relation ?? 'vriend',
    tie: f.tie ?? 'zwak',
    gives: {
      praktisch: f.givesPraktisch === true,
      gezelschap: f.givesGezelschap === true,
      advies: f.givesAdvies === true,
      emotioneel: f.givesEmotioneel === true,
    },
    phone: f.phone ?? '',
    note: f.note ?? '',
    addedOn: f.addedOn ?? '',
  };
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
  return listOf(store, 'networkVersions', householdId, (r) => {
    const f = recordFields(networkVersionsTable, r.fields);
    return { id: r.id, takenOn: f.takenOn ?? '', people: readSnapshot(f.people ?? '') };
  });
}


/** The kept moments of the leefgebiedenkaart, as score moments (see rules/progress.ts). */
export async function listMapMoments(store: RecordStore, householdId: string): Promise<ScoreMoment[]> {
  return listOf(store, 'mapMoments', householdId, (r) => ({
    takenOn: recordFields(mapMomentsTable, r.fields).takenOn ?? '',
    resident: prefixedValues(mapMomentsTable, 'resident.', r.fields),
    worker: prefixedValues(mapMomentsTable, 'worker.', r.fields),
  }));
}
