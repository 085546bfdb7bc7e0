import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { conflictingDecisions } from '../../../src/domain/rules/review';
import type { Store } from '../../../src/server/store/open-store';
import { pullChanges } from '../../../src/server/sync/pull';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { storeKinds } from '../helpers/stores';

/** The kernteam's decisions sync like every record: two taken at once are both kept, on both stores. */
describe.each(storeKinds)('team decisions on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const actor = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  async function pullAll(userId: string, teamId: string) {
    const outcome = await pullChanges(store, actor(userId), { teamId, cursor: 0, limit: 500 });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.response.records;
  }

  it('two devices decide on one household in one meeting, offline: both decisions reach the team', async () => {
    // The phone's clock runs a second later: its "done" (made after it pulled the decision) is
    // the newer stamp. Two clocks on the same millisecond would be decided by node id, at random.
    const laptop = new TestDevice();
    const phone = new TestDevice(Date.now() + 1_000);
    const h = newHousehold(laptop, teams.teamA.id);
    await pushMutations(store, actor(teams.anna), [h.mutation]);
    const target = { teamId: teams.teamA.id, householdId: h.id };
    const decision = (agreed: string) => ({ meetingOn: '2026-12-02', agreed, todoFor: 'cor', todoText: 'Bellen', todoDone: false });
    const [first, second] = [uuidv7(), uuidv7()];
    const results = [
      ...(await pushMutations(store, actor(teams.anna), [laptop.put('teamDecisions', first, decision('Anna gaat langs'), target)])),
      ...(await pushMutations(store, actor(teams.cor), [phone.put('teamDecisions', second, decision('Cor belt eerst'), target)])),
    ];
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // The worker marks the to-do done; the team pulls that too.
    await pushMutations(store, actor(teams.cor), [phone.put('teamDecisions', first, { todoDone: true, todoDoneOn: '2026-12-03' }, target)]);
    const pulled = (await pullAll(teams.anna, teams.teamA.id)).filter((r) => r.table === 'teamDecisions');
    expect(pulled.map((r) => r.fields.agreed).sort()).toEqual(['Anna gaat langs', 'Cor belt eerst']);
    expect(pulled.find((r) => r.id === first)?.fields).toMatchObject({ todoDone: true, todoDoneOn: '2026-12-03' });
    const views = pulled.map((r) => ({ id: r.id, meetingOn: String(r.fields.meetingOn) }));
    expect(conflictingDecisions(views)).toHaveLength(1);
    expect(await pullAll(teams.bram, teams.teamB.id)).toEqual([]);
  });

  it('refuses a decision without what was agreed', async () => {
    const device = new TestDevice();
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, actor(teams.anna), [h.mutation]);
    const [result] = await pushMutations(store, actor(teams.anna), [
      device.put('teamDecisions', uuidv7(), { meetingOn: '2026-12-02', agreed: ' ' }, { teamId: teams.teamA.id, householdId: h.id }),
    ]);
    expect(result?.status).toBe('rejected');
  });
});
