/**
 * Inzage and break the glass over HTTP, and isolation: the export is for the team's beheerder and
 * the household's regisseur, audited; nobody of another team, nor a partner outside the agreement,
 * learns that the household exists.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import type { Store } from '../../../src/server/store/open-store';
import { pushMutations } from '../../../src/server/sync/push';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { agreement, kernteam, tokenFor } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('inzage and break the glass on $name', (kind) => {
  let store: Store;
  let team: Awaited<ReturnType<typeof kernteam>>;
  let api: TestApi;
  const now = new Date('2026-03-02T09:00:00Z');
  const device = new TestDevice(now.getTime() - 60_000);
  const as = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    team = await kernteam(store);
    api = new TestApi({ store, clock: () => now });
  });
  afterEach(() => store.close());

  async function household(regisseur = 'Test cor') {
    const h = newHousehold(device, team.teamA.id, 'Dorpsstraat <1>');
    const c = newContact(device, team.teamA.id, h.id, 'Zorgen over de huur.');
    const handoverId = uuidv7();
    const handover = device.put('handovers', handoverId, { toName: regisseur, at: '2026-03-01T10:00:00+01:00', previousId: null }, { teamId: team.teamA.id, householdId: h.id });
    await pushMutations(store, as(team.anna), [h.mutation, c.mutation, handover], now);
    return h;
  }

  const inzage = async (id: string, userId: string, format = 'json') => api.request(`/api/households/${id}/inzage?format=${format}`, { token: await tokenFor(store, userId) });

  it('gives the beheerder everything recorded, as JSON and as a printable Dutch page, and audits it', async () => {
    const h = await household();
    const json = await inzage(h.id, team.bea);
    expect(json.status).toBe(200);
    expect(json.body.sections.map((s: { title: string }) => s.title)).toEqual(['Het huishouden', 'Contactmomenten', 'Regisseur en overdrachten']);
    expect(JSON.stringify(json.body)).toContain('Zorgen over de huur.');
    const html = await inzage(h.id, team.bea, 'html');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain('<title>Inzage – Voordeur</title>');
    expect(html.body).toContain('Dorpsstraat &lt;1&gt;');
    expect(html.body).not.toContain('<script');
    const trail = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'export').execute();
    expect(trail).toMatchObject([{ user_id: team.bea, household_id: h.id }, { user_id: team.bea, household_id: h.id }]);
  });

  it('gives it to the regisseur, and refuses a medewerker who is not', async () => {
    const h = await household('Test anna');
    expect((await inzage(h.id, team.anna)).status).toBe(200);
    expect((await inzage(h.id, team.cor)).status).toBe(403);
  });

  it('answers another team, and a partner outside the agreement, as if the household did not exist', async () => {
    const h = await household('Test wim');
    expect((await inzage(h.id, team.bram)).status).toBe(404);
    expect((await inzage(h.id, team.wim)).status).toBe(404);
    expect((await inzage(uuidv7(), team.bea)).status).toBe(404);
    await pushMutations(store, as(team.anna), [agreement(device, team.teamA.id, h.id, team.woning).mutation], now);
    expect((await inzage(h.id, team.wim)).status).toBe(200); // now shared, and wim is the regisseur
    expect((await inzage(h.id, team.ina)).status).toBe(404);
    expect(await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'export').execute()).toHaveLength(1);
  });

  it('shows the teamleider who opened a household with which reason, under the name the server knows', async () => {
    const h = await household();
    const id = uuidv7();
    const reason = device.put('breakGlass', id, { reason: 'Collega ziek, huisbezoek vandaag.', at: '2026-03-02T08:00:00+01:00', byName: 'Iemand anders' }, { teamId: team.teamA.id, householdId: h.id });
    await pushMutations(store, as(team.anna), [reason], now);
    const list = await api.request(`/api/teams/${team.teamA.id}/break-glass`, { token: await tokenFor(store, team.cor) });
    expect(list.body).toEqual({ entries: [{ householdId: h.id, at: '2026-03-02T08:00:00+01:00', reason: 'Collega ziek, huisbezoek vandaag.', user: 'Test anna' }] });
    expect((await api.request(`/api/teams/${team.teamA.id}/break-glass`, { token: await tokenFor(store, team.anna) })).status).toBe(403);
    expect((await api.request(`/api/teams/${team.teamA.id}/break-glass`, { token: await tokenFor(store, team.bram) })).status).toBe(404);
    // The reason's push, the teamleider's read of the list, and the medewerker refused it.
    const trail = await store.db.selectFrom('audit_log').selectAll().where('table_name', '=', 'breakGlass').orderBy('chain_seq').execute();
    expect(trail).toMatchObject([
      { action: 'create', user_id: team.anna, household_id: h.id, outcome: 'allowed' },
      { action: 'read', user_id: team.cor, household_id: h.id, outcome: 'allowed' },
      { action: 'read', user_id: team.anna, household_id: null, outcome: 'refused', reason: 'role' },
    ]);
  });

  it("filters the openings by period, never shows another team's, and is refused to a medewerker of that team", async () => {
    const h = await household();
    const reason = (teamId: string, householdId: string, at: string) =>
      device.put('breakGlass', uuidv7(), { reason: `Reden van ${at}`, at, byName: 'X' }, { teamId, householdId });
    await pushMutations(store, as(team.anna), [reason(team.teamA.id, h.id, '2026-02-10T10:00:00+01:00'), reason(team.teamA.id, h.id, '2026-03-01T00:30:00+01:00')], now);
    const other = newHousehold(device, team.teamB.id, 'Zuidstraat 2');
    await pushMutations(store, as(team.bram), [other.mutation, reason(team.teamB.id, other.id, '2026-03-01T12:00:00+01:00')], now);
    const list = async (teamId: string, userId: string, query = '') =>
      api.request(`/api/teams/${teamId}/break-glass${query}`, { token: await tokenFor(store, userId) });

    const all = await list(team.teamA.id, team.cor);
    expect(all.body.entries.map((e: { at: string }) => e.at)).toEqual(['2026-03-01T00:30:00+01:00', '2026-02-10T10:00:00+01:00']);
    // 00:30 Dutch time on 1 March is 23:30 UTC on 28 February: the period is in UTC.
    const march = await list(team.teamA.id, team.cor, '?from=2026-03-01T00:00:00.000Z&to=2026-03-31T23:59:59.999Z');
    expect(march.body.entries).toEqual([]);
    const feb = await list(team.teamA.id, team.cor, '?from=2026-02-01T00:00:00.000Z&to=2026-02-28T23:59:59.999Z');
    expect(feb.body.entries.map((e: { reason: string }) => e.reason)).toEqual(['Reden van 2026-03-01T00:30:00+01:00', 'Reden van 2026-02-10T10:00:00+01:00']);
    expect(JSON.stringify(all.body)).not.toContain(other.id);
    // cor leads team A but is a medewerker of team B; bram is of team B only.
    expect((await list(team.teamB.id, team.cor)).status).toBe(403);
    expect((await list(team.teamA.id, team.bram)).status).toBe(404);
    expect((await list(team.teamA.id, team.anna, '?from=2026-02-01T00:00:00.000Z')).status).toBe(403);
    expect((await list(team.teamA.id, team.cor, '?from=gisteren')).status).toBe(400);
    expect((await list(team.teamA.id, team.cor, '?from=2026-03-02T00:00:00.000Z&to=2026-03-01T00:00:00.000Z')).status).toBe(400);
    expect((await list(team.teamA.id, team.cor, '?__proto__=1')).status).toBe(400);
  });
});
