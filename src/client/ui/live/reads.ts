import {
  getContact,
  getHousehold,
  listConflicts,
  listContacts,
  listHouseholdSummaries,
  listMapEntries,
  listGoals,
  listPlanActions,
  listNetworkPeople,
  listNetworkVersions,
  listHandovers,
  listMapMoments,
  getSharing,
  listDecisions,
  listTodos,
  readMeetingChoice,
  readAuthors,
  outboxSummary,
  oldestUnsentAt,
  type DataLayer,
} from '../../db';
import { todayIso } from '../format';

/**
 * A named read of the device store. The key lets the app read it before the first render
 * (see primed.ts); the query is what a screen watches live afterwards. Both come from here,
 * so a screen and the start-up path can never disagree about what "the contact" is.
 */
export interface Read<T> {
  key: string;
  query: (data: DataLayer) => Promise<T>;
}

const read = <T>(key: string, query: (data: DataLayer) => Promise<T>): Read<T> => ({ key, query });

export const reads = {
  // From the households' summaries: one small row each, no contact decoded.
  households: (teamId: string) => read(`households:${teamId}`, (d) => listHouseholdSummaries(d.store, teamId, todayIso())),
  household: (id: string) => read(`household:${id}`, (d) => getHousehold(d.store, id)),
  /** The household being edited, or null on the form for a new one (no id yet). */
  householdOrNone: (id: string | null | undefined) =>
    read(`household:${id ?? ''}`, async (d) => (id ? await getHousehold(d.store, id) : null)),
  /** What waits to be sent and what the server refused (the sync status). */
  outbox: () => read('outbox', (d) => outboxSummary(d.store)),
  /** When the oldest change still waiting to be sent was made, or null. */
  oldestUnsent: () => read('oldestUnsent', (d) => oldestUnsentAt(d.db)),
  contact: (id: string) => read(`contact:${id}`, (d) => getContact(d.store, id)),
  contacts: (householdId: string) => read(`contacts:${householdId}`, (d) => listContacts(d.store, householdId)),
  mapEntries: (householdId: string) => read(`mapEntries:${householdId}`, (d) => listMapEntries(d.store, householdId)),
  conflicts: (householdId: string) => read(`conflicts:${householdId}`, (d) => listConflicts(d.store, householdId)),
  goals: (householdId: string) => read(`goals:${householdId}`, (d) => listGoals(d.store, householdId)),
  planActions: (householdId: string) => read(`planActions:${householdId}`, (d) => listPlanActions(d.store, householdId)),
  networkPeople: (householdId: string) => read(`networkPeople:${householdId}`, (d) => listNetworkPeople(d.store, householdId)),
  networkVersions: (householdId: string) => read(`networkVersions:${householdId}`, (d) => listNetworkVersions(d.store, householdId)),
  mapMoments: (householdId: string) => read(`mapMoments:${householdId}`, (d) => listMapMoments(d.store, householdId)),
  /** Who wrote what: the display names behind team mates' devices (see db/authors.ts). */
  authors: () => read('authors', (d) => readAuthors(d.db)),
  handovers: (householdId: string) => read(`handovers:${householdId}`, (d) => listHandovers(d.store, householdId)),
  sharing: (householdId: string) => read(`sharing:${householdId}`, (d) => getSharing(d.store, householdId)),
  decisions: (householdId: string) => read(`decisions:${householdId}`, (d) => listDecisions(d.store, householdId)),
  meetingChoice: (userId: string, day: string) => read(`meeting:${userId}:${day}`, (d) => readMeetingChoice(d.db, userId, day)),
  todos: (teamId: string, username: string) => read(`todos:${teamId}:${username}`, (d) => listTodos(d.store, teamId, username)),
};
