import Dexie from 'dexie';
import { localDay } from '../../domain';
import { readAuthors } from './authors';
import { listHandovers } from './handover-queries';
import { readMeetingChoice } from './meeting-choice';
import { getContact, getHousehold, getMapEntry, listConflicts, listContacts, listMapEntries } from './queries';
import type { RecordStore } from './record-store';
import { getSharing } from './sharing-queries';
import { oldestUnsentAt } from './unsent-age';

// The queries of lists, plans and reviews load with the first read that needs them, not with
// the start (scripts/start-chunk.ts takes every module reads.ts imports statically): no first
// question waits for them. They are precached like every chunk, so this works offline too.
// Through Dexie.waitFor: these reads run as live queries, and a bare await of a promise that is
// not Dexie's (the import) loses the live query's context, so the reads after it would not be
// watched and the screen would never hear of a change (tests/component/plan/NetworkScreen.test.tsx).
const lazy =
  <M,>(load: () => Promise<M>) =>
  (): Promise<M> =>
    Dexie.waitFor(load());
const householdList = lazy(() => import('./household-list'));
const planQueries = lazy(() => import('./plan-queries'));
const decisionQueries = lazy(() => import('./decision-queries'));

/**
 * A named read of the device store. The key lets the app read it before the first render
 * (ui/live/primed.ts); the query is what a screen watches live afterwards. Both come from here,
 * so a screen and the start-up path can never disagree about what "the contact" is. Screens
 * only name a read; running it (ScreenData.read) is the db layer's, which holds the store.
 */
export interface Read<T> {
  readonly key: string;
  readonly query: (store: RecordStore) => Promise<T>;
}

const read = <T>(key: string, query: (store: RecordStore) => Promise<T>): Read<T> => ({ key, query });

export const reads = {
  // From the households' summaries: one small row each, no contact decoded.
  households: (teamId: string) => read(`households:${teamId}`, async (s) => (await householdList()).listHouseholdSummaries(s, teamId, localDay(new Date()))),
  household: (id: string) => read(`household:${id}`, (s) => getHousehold(s, id)),
  /** The household being edited, or null on the form for a new one (no id yet). */
  householdOrNone: (id: string | null | undefined) =>
    read(`household:${id ?? ''}`, async (s) => (id ? await getHousehold(s, id) : null)),
  /** When the oldest change still waiting to be sent was made, or null. */
  oldestUnsent: () => read('oldestUnsent', (s) => oldestUnsentAt(s.db)),
  contact: (id: string) => read(`contact:${id}`, (s) => getContact(s, id)),
  contacts: (householdId: string) => read(`contacts:${householdId}`, (s) => listContacts(s, householdId)),
  mapEntries: (householdId: string) => read(`mapEntries:${householdId}`, (s) => listMapEntries(s, householdId)),
  mapEntry: (householdId: string, subdomainId: string) =>
    read(`mapEntry:${householdId}:${subdomainId}`, (s) => getMapEntry(s, householdId, subdomainId)),
  conflicts: (householdId: string) => read(`conflicts:${householdId}`, (s) => listConflicts(s, householdId)),
  goals: (householdId: string) => read(`goals:${householdId}`, async (s) => (await planQueries()).listGoals(s, householdId)),
  planActions: (householdId: string) => read(`planActions:${householdId}`, async (s) => (await planQueries()).listPlanActions(s, householdId)),
  networkPeople: (householdId: string) => read(`networkPeople:${householdId}`, async (s) => (await planQueries()).listNetworkPeople(s, householdId)),
  networkVersions: (householdId: string) => read(`networkVersions:${householdId}`, async (s) => (await planQueries()).listNetworkVersions(s, householdId)),
  mapMoments: (householdId: string) => read(`mapMoments:${householdId}`, async (s) => (await planQueries()).listMapMoments(s, householdId)),
  /** Who wrote what: the display names behind team mates' devices (see authors.ts). */
  authors: () => read('authors', (s) => readAuthors(s.db)),
  handovers: (householdId: string) => read(`handovers:${householdId}`, (s) => listHandovers(s, householdId)),
  sharing: (householdId: string) => read(`sharing:${householdId}`, (s) => getSharing(s, householdId)),
  decisions: (householdId: string) => read(`decisions:${householdId}`, async (s) => (await decisionQueries()).listDecisions(s, householdId)),
  meetingChoice: (userId: string, day: string) => read(`meeting:${userId}:${day}`, (s) => readMeetingChoice(s.db, userId, day)),
  todos: (teamId: string, username: string) => read(`todos:${teamId}:${username}`, async (s) => (await decisionQueries()).listTodos(s, teamId, username)),
};
