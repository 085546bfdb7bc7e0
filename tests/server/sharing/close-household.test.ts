/**
 * Closing a household starts its retention term, so the server checks who may close or reopen
 * it, as the device does: the regisseur, the teamleider or the beheerder; not another worker of
 * the team, and never a partner. A crafted push from anyone else is refused and stores nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import type { Store } from '../../../src/server/store/open-store';
import { loadRecords } from '../../../src/server/store/records';
import { pushMutations } from '../../../src/server/sync/push';
import { addTestUser } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { kernteam } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('closing a household on $name', (kind) => {
  let store: Store;
  let team: Awaited<ReturnType<typeof kernteam>>;
  let dirk: string; // a medewerker of the lead organisation, not the regisseur
  const now = new Date('2026-03-02T09:00:00Z');
  const as = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    team = await kernteam(store);
    dirk = await addTestUser(store, 'dirk', [{ teamId: team.teamA.id }]);
  });
  afterEach(() => store.close());

  /** A household whose regisseur is "Test anna" (the handover chain's head). */
  async function householdOfAnna(device: TestDevice) {
    const h = newHousehold(device, team.teamA.id, 'Dorpsstraat 1');
    const handover = device.put('handovers', uuidv7(), { at: '2026-03-01T09:00:00Z', previousId: null, settled: true, toName: 'Test anna' }, { teamId: team.teamA.id, householdId: h.id });
    expect((await pushMutations(store, as(team.anna), [h.mutation, handover], now)).map((r) => r.status)).toEqual(['applied', 'applied']);
    return h;
  }
  const closedOn = async (id: string) => (await loadRecords(store.db, store.sealer, [id]))[0]?.fields.closedOn ?? null;

  it('refuses a worker who is not the regisseur, and a partner, and keeps the household open', async () => {
    const device = new TestDevice(now.getTime() - 60_000);
    const h = await householdOfAnna(device);
    const byDirk = await pushMutations(store, as(dirk), [device.put('households', h.id, { closedOn: '2026-03-02' }, { teamId: team.teamA.id, baseRev: 1 })], now);
    expect(byDirk[0]).toMatchObject({ status: 'rejected', code: 'forbidden', message: expect.stringContaining('afsluiten') });
    const wim = await pushMutations(store, as(team.wim), [device.put('households', h.id, { closedOn: '2026-03-02' }, { teamId: team.teamA.id, baseRev: 1 })], now);
    expect(wim[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await closedOn(h.id)).toBeNull();
    // Other changes by the same worker still go through.
    const label = await pushMutations(store, as(dirk), [device.put('households', h.id, { label: 'Dorpsstraat 1a' }, { teamId: team.teamA.id, baseRev: 1 })], now);
    expect(label[0]).toMatchObject({ status: 'applied' });
  });

  it('lets the regisseur close and the teamleider reopen', async () => {
    const device = new TestDevice(now.getTime() - 60_000);
    const h = await householdOfAnna(device);
    const closed = await pushMutations(store, as(team.anna), [device.put('households', h.id, { closedOn: '2026-03-02' }, { teamId: team.teamA.id, baseRev: 1 })], now);
    expect(closed[0]).toMatchObject({ status: 'applied' });
    expect(await closedOn(h.id)).toBe('2026-03-02');
    const reopened = await pushMutations(store, as(team.cor), [device.put('households', h.id, { closedOn: null }, { teamId: team.teamA.id, baseRev: 2 })], now);
    expect(reopened[0]).toMatchObject({ status: 'applied' });
    expect(await closedOn(h.id)).toBeNull();
  });

  it('refuses a new household that arrives already closed from a worker, and takes it from the teamleider', async () => {
    const device = new TestDevice(now.getTime() - 60_000);
    const closedAtBirth = (id: string) => device.put('households', id, { label: 'Nieuw', closedOn: '2026-03-02' }, { teamId: team.teamA.id });
    expect((await pushMutations(store, as(dirk), [closedAtBirth(uuidv7())], now))[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await pushMutations(store, as(team.cor), [closedAtBirth(uuidv7())], now))[0]).toMatchObject({ status: 'applied' });
  });
});
