import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { regisseurOf } from '../../../src/domain/rules/regisseur';
import type { Store } from '../../../src/server/store/open-store';
import { pullChanges } from '../../../src/server/sync/pull';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { applied } from '../helpers/push-results';
import { storeKinds } from '../helpers/stores';

/** The plan, the network and the handovers sync like every other record, on both stores. */
describe.each(storeKinds)('plan tables on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const actor = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  async function householdOfTeamA(device: TestDevice) {
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, actor(teams.anna), [h.mutation]);
    return { teamId: teams.teamA.id, householdId: h.id };
  }

  async function pullAll(userId: string, teamId: string) {
    const outcome = await pullChanges(store, actor(userId), { teamId, cursor: 0, limit: 500 });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.response.records;
  }

  it('a goal, its actions and the network reach a colleague\'s device', async () => {
    const phone = new TestDevice();
    const target = await householdOfTeamA(phone);
    const goalId = uuidv7();
    const personId = uuidv7();
    const actionId = uuidv7();
    const results = await pushMutations(store, actor(teams.anna), [
      phone.put('goals', goalId, { words: 'Ik wil Harrie weer zien.', status: 'actief', createdOn: '2026-07-01', 'subdomain.netwerk': true }, target),
      phone.put('networkPeople', personId, { name: 'Vrijwilliger van de kerk', relation: 'vrijwilliger', tie: 'sterk', addedOn: '2026-07-01' }, target),
      phone.put(
        'planActions',
        actionId,
        { goalId, what: 'Samen boodschappen doen', whoKind: 'netwerk', whoPersonId: personId, status: 'open', createdOn: '2026-07-01', dueDate: '2026-07-15' },
        target,
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const pulled = await pullAll(teams.cor, teams.teamA.id);
    const tables = pulled.map((r) => r.table).sort();
    expect(tables).toEqual(['goals', 'households', 'networkPeople', 'planActions']);
    expect(pulled.find((r) => r.id === actionId)?.fields).toMatchObject({ whoPersonId: personId, whoKind: 'netwerk' });
    expect(await pullAll(teams.bram, teams.teamB.id)).toEqual([]);
  });

  it('refuses what the domain schema refuses: an unknown tie, a missing goal, a plan in another team\'s household', async () => {
    const phone = new TestDevice();
    const target = await householdOfTeamA(phone);
    const [badTie, noGoal] = await pushMutations(store, actor(teams.anna), [
      phone.put('networkPeople', uuidv7(), { name: 'Harrie', relation: 'familie', tie: 'heel slecht', addedOn: '2026-07-01' }, target),
      phone.put('planActions', uuidv7(), { what: 'Bellen', whoKind: 'bewoner', status: 'open', createdOn: '2026-07-01' }, target),
    ]);
    expect(badTie).toMatchObject({ status: 'rejected', code: 'invalid' });
    expect(noGoal).toMatchObject({ status: 'rejected', code: 'invalid' });
    const [foreign] = await pushMutations(store, actor(teams.bram), [
      phone.put('goals', uuidv7(), { words: 'Doel', status: 'actief', createdOn: '2026-07-01' }, { ...target, teamId: teams.teamB.id }),
    ]);
    expect(foreign?.status).toBe('rejected');
  });

  it('two workers who hand over offline at once: both rows are kept, every device names the same regisseur and shows the other', async () => {
    const phone = new TestDevice(Date.now());
    const tablet = new TestDevice(Date.now() + 5_000);
    const target = await householdOfTeamA(phone);
    const firstId = uuidv7();
    await pushMutations(store, actor(teams.anna), [phone.put('handovers', firstId, { toName: 'Jan', at: '2026-07-01T10:00:00+02:00', previousId: null }, target)]);
    const toEsme = phone.put('handovers', uuidv7(), { toName: 'Esmé', at: '2026-07-08T10:00:00+02:00', previousId: firstId }, target);
    const toSpirit = tablet.put('handovers', uuidv7(), { toName: 'Spirit', toOrganisation: 'Spirit', at: '2026-07-08T10:05:00+02:00', previousId: firstId }, target);
    const [second] = await pushMutations(store, actor(teams.cor), [toSpirit]);
    const [third] = await pushMutations(store, actor(teams.anna), [toEsme]);
    expect([applied(second).id, applied(third).id]).toEqual([toSpirit.recordId, toEsme.recordId]);
    const handovers = (await pullAll(teams.cor, teams.teamA.id))
      .filter((r) => r.table === 'handovers')
      .map((r) => ({ id: r.id, at: String(r.fields.at), previousId: (r.fields.previousId as string | null) ?? null, settled: r.fields.settled === true, toName: r.fields.toName }));
    expect(handovers).toHaveLength(3);
    const state = regisseurOf(handovers);
    expect(state.current?.toName).toBe('Spirit');
    expect(state.contested.map((h) => h.toName)).toEqual(['Esmé']);
  });
});
