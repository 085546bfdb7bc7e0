// Issue 11's household for the bench: a plan of 30 actions under 3 goals and a network of 25
// people, fictional, pushed through the server's own path like the rest of the bench team.
import { uuidv7 } from '../../../../src/domain/ids';
import { relationKinds as relations, tieKinds as ties } from '../../../../src/domain/records/network-people';
import { supportLevels as levels } from '../../../../src/domain/records/plan-actions';
import { addDays, localDay } from '../../../../src/domain/rules/calendar';
import type { Mutation } from '../../../../src/domain/sync-protocol';
import { newHousehold, TestDevice } from '../../../server/helpers/devices';

export const bigPlanActions = 30;
export const bigNetworkPeople = 25;


export function bigHouseholdMutations(teamId: string, now = new Date()): { householdId: string; mutations: Mutation[] } {
  const device = new TestDevice();
  const today = localDay(now);
  const household = newHousehold(device, teamId, 'Voorbeeldplein 1 (plan en netwerk)');
  const householdId = household.id;
  const target = { teamId, householdId };
  const mutations: Mutation[] = [household.mutation];
  const people = Array.from({ length: bigNetworkPeople }, (_, n) => {
    const id = uuidv7();
    const name = `Netwerkpersoon ${n + 1}`;
    mutations.push(
      device.put(
        'networkPeople',
        id,
        { name, relation: relations[n % relations.length]!, tie: ties[n % ties.length]!, note: 'Komt af en toe langs en helpt met de post.', phone: '', addedOn: today, givesPraktisch: true },
        target,
      ),
    );
    return { id, name };
  });
  const goals = Array.from({ length: 3 }, (_, g) => {
    const id = uuidv7();
    mutations.push(device.put('goals', id, { words: `Ik wil weer rust in mijn hoofd (${g + 1}).`, status: 'actief', createdOn: addDays(today, -21), nudgeAsked: true, 'subdomain.netwerk': true }, target));
    return id;
  });
  for (let n = 0; n < bigPlanActions; n++) {
    const who = people[n % people.length]!;
    mutations.push(
      device.put(
        'planActions',
        uuidv7(),
        {
          goalId: goals[n % goals.length]!,
          what: `Samen de post van deze week doornemen en een afspraak maken (${n + 1}).`,
          whoKind: 'netwerk',
          whoPersonId: who.id,
          whoName: who.name,
          createdOn: addDays(today, -7),
          // A few in the past, so the overdue marks are drawn too.
          dueDate: addDays(today, n % 5 === 0 ? -2 : 7),
          monitor: '',
          supportLevel: levels[n % levels.length]!,
          care: 'informeel',
          reach: 'individueel',
          status: 'open',
        },
        target,
      ),
    );
  }
  return { householdId, mutations };
}
