// A fictional team for the sync measures, filled through the server's own push path
// (validation, merge, seq, idempotency record, audit). No real people: street names are made up.
import { uuidv7 } from '../../../../src/domain/ids';
import { MAX_PUSH_BATCH, type Mutation } from '../../../../src/domain/sync-protocol';
import type { Actor } from '../../../../src/server/audit/audit-log';
import { createTeam } from '../../../../src/server/auth/accounts';
import type { Store } from '../../../../src/server/store/open-store';
import { pushMutations } from '../../../../src/server/sync/push';
import { addTestUser, TEST_PASSWORD } from '../../../server/helpers/accounts';
import { newHousehold, TestDevice } from '../../../server/helpers/devices';

export const benchUsername = 'bench';
export const benchPassword = TEST_PASSWORD;

export interface BenchTeam {
  teamId: string;
  actor: Actor;
}

/** The team "Bench Noord" and the user `bench` (cheap password hash) who works in it. */
export async function createBenchTeam(store: Store): Promise<BenchTeam> {
  const team = await createTeam(store.db, 'Bench Noord', new Date());
  const userId = await addTestUser(store, benchUsername, [{ teamId: team.id }]);
  return { teamId: team.id, actor: { userId, deviceSessionId: null } };
}

/** How many records of a household by default: the household itself and its contact moments. */
const defaultRecordsPerHousehold = 20;

const note =
  'Aangebeld om tien uur, na twee keer opnieuw aanbellen deed mevrouw open. Ze vertelde over ' +
  'achterstallige huur en een brief van de woningcorporatie. Afgesproken dat we samen de post ' +
  'doornemen. Buurvrouw helpt met boodschappen; zoon komt in het weekend.';

/**
 * `count` creates, in an order the server accepts: a household, then its contact moments
 * (each with a note and two answers, about the size of a real one).
 */
export function fictionalMutations(
  teamId: string,
  count: number,
  device = new TestDevice(),
  recordsPerHousehold = defaultRecordsPerHousehold,
): Mutation[] {
  const mutations: Mutation[] = [];
  let householdId = '';
  for (let n = 0; n < count; n++) {
    if (n % recordsPerHousehold === 0) {
      const household = newHousehold(device, teamId, `Voorbeeldstraat ${n / recordsPerHousehold + 1}`);
      householdId = household.id;
      mutations.push(household.mutation);
      continue;
    }
    const fields = {
      channel: 'huisbezoek',
      startedAt: '2026-03-02T10:00:00+01:00',
      contentVersion: '2026.1',
      outcome: 'gesproken',
      note: `${note} (${n})`,
      'answer.eerste-vraag': 'Wat zou u graag anders willen zien? Rust in huis en minder post.',
      'answer.zelf-gedaan': 'Zelf gebeld met de corporatie, nog geen antwoord.',
    };
    mutations.push(device.put('contacts', uuidv7(), fields, { teamId, householdId }));
  }
  return mutations;
}

/** Push in batches of the protocol's maximum, as the app does; throws unless every one applied. */
export async function pushAll(store: Store, actor: Actor, mutations: readonly Mutation[], batchSize = MAX_PUSH_BATCH): Promise<void> {
  for (let start = 0; start < mutations.length; start += batchSize) {
    const results = await pushMutations(store, actor, mutations.slice(start, start + batchSize));
    const refused = results.find((result) => result.status !== 'applied');
    if (refused) throw new Error(`Bench seed not applied: ${JSON.stringify(refused)}`);
  }
}
