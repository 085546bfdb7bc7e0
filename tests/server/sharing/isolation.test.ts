/** Isolation for pull, push and inzage: another team's user, and a partner of another organisation, get nothing of a household. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/server/store/open-store';
import { pushMutations } from '../../../src/server/sync/push';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { agreement, kernteam, pullAll, tokenFor } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('isolation of households on $name', (kind) => {
  let store: Store;
  let team: Awaited<ReturnType<typeof kernteam>>;
  let api: TestApi;
  const now = new Date('2026-03-02T09:00:00Z');
  const as = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    team = await kernteam(store);
    api = new TestApi({ store, clock: () => now });
    const device = new TestDevice(now.getTime() - 60_000);
    const h = newHousehold(device, team.teamA.id);
    await pushMutations(store, as(team.anna), [h.mutation, newContact(device, team.teamA.id, h.id, 'Geheim').mutation, agreement(device, team.teamA.id, h.id, team.woning).mutation], now);
    const other = newHousehold(device, team.teamB.id, 'Zuidplein 3');
    await pushMutations(store, as(team.cor), [other.mutation], now);
  });
  afterEach(() => store.close());

  it('another team\'s user cannot pull the team, push into its household or export it', async () => {
    const [h] = await store.db.selectFrom('records').select('id').where('table_name', '=', 'households').where('team_id', '=', team.teamA.id).execute();
    const bram = await tokenFor(store, team.bram);
    expect((await pullAll(api, bram, team.teamA.id)).status).toBe(403);
    const ownTeam = await pullAll(api, bram, team.teamB.id);
    expect(ownTeam.records.every((r) => r.table === 'households' && r.fields.label === 'Zuidplein 3')).toBe(true);
    const attempt = newContact(new TestDevice(now.getTime()), team.teamA.id, h!.id, 'Binnengedrongen');
    const [pushed] = await pushMutations(store, as(team.bram), [attempt.mutation], now);
    expect(pushed).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const asTeamB = newContact(new TestDevice(now.getTime()), team.teamB.id, h!.id, 'Via eigen team');
    expect((await pushMutations(store, as(team.bram), [asTeamB.mutation], now))[0]).toMatchObject({ status: 'rejected' });
    expect((await api.request(`/api/households/${h!.id}/inzage`, { token: bram })).status).toBe(404);
  });

  it('a partner of another organisation in the same team pulls nothing of it, and the named partner everything', async () => {
    expect((await pullAll(api, await tokenFor(store, team.ina), team.teamA.id)).records).toEqual([]);
    const wim = await pullAll(api, await tokenFor(store, team.wim), team.teamA.id);
    // A catch-up that crosses the agreement may send older rows twice (see partner-pull.ts): applying one again changes nothing.
    expect([...new Set(wim.records.map((r) => `${r.table}:${r.id}`))].map((k) => k.split(':')[0]).sort()).toEqual(['contacts', 'households', 'sharingAgreements']);
  });
});
