/**
 * Need to know: a partner organisation's user pulls and pushes only the households whose
 * current sharing agreement names the organisation; a new agreement brings the household's
 * older rows, a withdrawn or expired one makes the device purge it (docs/design/sharing.md).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/server/store/open-store';
import { pushMutations } from '../../../src/server/sync/push';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { applied } from '../helpers/push-results';
import { loadRecord } from '../helpers/records';
import { agreement, kernteam, pullAll, tokenFor } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('sharing with partner organisations on $name', (kind) => {
  let store: Store;
  let team: Awaited<ReturnType<typeof kernteam>>;
  let now: Date;
  let api: TestApi;
  const lead = new TestDevice(Date.parse('2026-03-01T09:00:00Z'));
  const as = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    team = await kernteam(store);
    now = new Date('2026-03-02T09:00:00Z');
    api = new TestApi({ store, clock: () => now });
  });
  afterEach(() => store.close());

  async function twoHouseholds() {
    const h1 = newHousehold(lead, team.teamA.id, 'Dorpsstraat 1');
    const h2 = newHousehold(lead, team.teamA.id, 'Kerkpad 2');
    const c1 = newContact(lead, team.teamA.id, h1.id, 'Eerste bezoek.');
    const c2 = newContact(lead, team.teamA.id, h2.id, 'Niet gedeeld.');
    await pushMutations(store, as(team.anna), [h1.mutation, h2.mutation, c1.mutation, c2.mutation], now);
    return { h1, h2, c1, c2 };
  }

  it('sends a partner nothing before an agreement, and the lead organisation everything', async () => {
    const { h1, h2 } = await twoHouseholds();
    const partner = await pullAll(api, await tokenFor(store, team.wim), team.teamA.id);
    expect(partner.records).toEqual([]);
    expect(partner.cursor).toBe(4);
    const leadPull = await pullAll(api, await tokenFor(store, team.anna), team.teamA.id);
    expect(new Set(leadPull.records.map((r) => r.householdId ?? r.id))).toEqual(new Set([h1.id, h2.id]));
  });

  it('a new agreement brings the household with its older rows to a device that had pulled already, and only that household', async () => {
    const { h1, c1 } = await twoHouseholds();
    const wim = await tokenFor(store, team.wim);
    const first = await pullAll(api, wim, team.teamA.id);
    const a = agreement(lead, team.teamA.id, h1.id, team.woning);
    await pushMutations(store, as(team.anna), [a.mutation], now);
    const after = await pullAll(api, wim, team.teamA.id, first.cursor);
    expect(after.records.map((r) => r.id).sort()).toEqual([h1.id, c1.id, a.id].sort());
    expect(after.records.every((r) => !r.deleted)).toBe(true);
    expect(after.purge).toEqual([]);
    // Another partner organisation of the same team still sees nothing.
    expect((await pullAll(api, await tokenFor(store, team.ina), team.teamA.id)).records).toEqual([]);
  });

  it('a withdrawn agreement names the household in purge, and a new one brings it back', async () => {
    const { h1, c1 } = await twoHouseholds();
    const wim = await tokenFor(store, team.wim);
    const a = agreement(lead, team.teamA.id, h1.id, team.woning);
    await pushMutations(store, as(team.anna), [a.mutation], now);
    const shared = await pullAll(api, wim, team.teamA.id);
    expect(shared.records.map((r) => r.id)).toContain(c1.id);
    await pushMutations(store, as(team.anna), [lead.put('sharingAgreements', a.id, { withdrawnOn: '2026-03-02' }, { teamId: team.teamA.id, householdId: h1.id, baseRev: 5 })], now);
    const withdrawn = await pullAll(api, wim, team.teamA.id, shared.cursor);
    expect(withdrawn.purge).toEqual([h1.id]);
    expect(withdrawn.records).toEqual([]);
    const again = agreement(lead, team.teamA.id, h1.id, team.woning);
    await pushMutations(store, as(team.anna), [again.mutation], now);
    const back = await pullAll(api, wim, team.teamA.id, withdrawn.cursor);
    expect(back.purge).toEqual([]);
    expect(back.records.map((r) => r.id)).toEqual(expect.arrayContaining([h1.id, c1.id, again.id]));
  });

  it('an expired agreement makes the device purge the household at its next sync, with no push in between', async () => {
    const { h1 } = await twoHouseholds();
    const wim = await tokenFor(store, team.wim);
    await pushMutations(store, as(team.anna), [agreement(lead, team.teamA.id, h1.id, team.woning, { until: '2026-03-31' }).mutation], now);
    const shared = await pullAll(api, wim, team.teamA.id);
    expect(shared.purge).toEqual([]);
    now = new Date('2026-03-31T22:30:00Z'); // 00:30 on 1 April in the Netherlands (summer time)
    const expired = await pullAll(api, wim, team.teamA.id, shared.cursor);
    expect(expired.purge).toEqual([h1.id]);
    const c = newContact(new TestDevice(now.getTime()), team.teamA.id, h1.id, 'Na de einddatum.');
    const [late] = await pushMutations(store, as(team.wim), [c.mutation], now);
    expect(late).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });

  it('refuses a partner\'s writes to households not shared with the organisation, and takes them in shared ones', async () => {
    const { h1, h2 } = await twoHouseholds();
    await pushMutations(store, as(team.anna), [agreement(lead, team.teamA.id, h1.id, team.woning).mutation], now);
    const partnerDevice = new TestDevice(now.getTime());
    const denied = newContact(partnerDevice, team.teamA.id, h2.id, 'Mag niet.');
    const allowed = newContact(partnerDevice, team.teamA.id, h1.id, 'Mag wel.');
    const newOne = newHousehold(partnerDevice, team.teamA.id, 'Eigen huishouden');
    const results = await pushMutations(store, as(team.wim), [denied.mutation, allowed.mutation, newOne.mutation, partnerDevice.delete('households', h1.id, { teamId: team.teamA.id, baseRev: 1 })], now);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'applied', 'rejected', 'rejected']);
    expect(results[0]).toMatchObject({ code: 'forbidden', message: expect.stringContaining('niet met uw organisatie gedeeld') });
    expect(applied(results[1]).householdId).toBe(h1.id);
    expect(await loadRecord(store, denied.id)).toBeUndefined();
    expect(await loadRecord(store, newOne.id)).toBeUndefined();
    expect((await loadRecord(store, h1.id))?.deleted).toBe(false);
  });
});
