import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorOf, deviceClientId, getHousehold, listConflicts, listHouseholdSummaries, outboxSummary, readAuthors, readCursor } from '../../../src/client/db';
import type { Store } from '../../../src/server/store/open-store';
import { storeKinds } from '../helpers/stores';
import { twoTeams } from '../helpers/accounts';
import { logIn, newDevice, testApp, type App } from './harness';

describe.each(storeKinds)('sync engine against the server on $name', (kind) => {
  let store: Store;
  let app: App;
  let teamId: string;

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    teamId = (await twoTeams(store)).teamA.id;
  });
  afterEach(() => store.close());

  async function household(device: ReturnType<typeof newDevice>, label: string) {
    const created = await device.data.households.create(teamId, { label, members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household not created');
    return created.id;
  }

  it('pushes local writes; the server acknowledges them and the outbox empties', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    const id = await household(phone, 'Dorpsstraat 1');
    await phone.data.households.update(id, { members: 'Twee volwassenen' });
    expect((await outboxSummary(phone.data.store)).pending).toBe(2);

    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0, rejected: 0, error: null });
    expect(phone.engine.getStatus().lastSuccessAt).toEqual(expect.any(Number));
    expect((await phone.data.store.read('households', id))?.rev).toBeGreaterThan(0);
    const onServer = await store.db.selectFrom('records').select('id').where('id', '=', id).execute();
    expect(onServer).toHaveLength(1);
  });

  it("a colleague's device learns whose device wrote a record, and keeps it offline", async () => {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    await logIn(app, phone, 'anna');
    await logIn(app, tablet, 'cor');
    const id = await household(phone, 'Dorpsstraat 1');
    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    const stamp = Object.values((await tablet.data.store.read('households', id))!.stamps)[0]!;
    expect(authorOf(await readAuthors(tablet.data.db), stamp)).toBe('Test anna');
    expect(await readAuthors(tablet.data.db)).toMatchObject({ [await deviceClientId(tablet.data.db)]: 'Test cor' });
  });

  it('a second device pulls them, across several pages and push batches', async () => {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    await logIn(app, phone, 'anna');
    await logIn(app, tablet, 'cor');
    const ids: string[] = [];
    for (let i = 0; i < 520; i++) ids.push(await household(phone, `Kade ${i}`));

    await phone.engine.syncNow();
    const pushes = phone.wire.requests.filter((p) => p === '/api/sync/push').length;
    expect(pushes).toBe(3); // 200 + 200 + 120
    const progress: unknown[] = [];
    tablet.engine.subscribe(() => progress.push(tablet.engine.getStatus().pull));
    // While the second page is on its way, the first is in the list and can be worked on.
    let pulls = 0;
    let midway: { listed: number; saved: boolean } | undefined;
    tablet.wire.beforeAnswer = async (path) => {
      if (path !== '/api/sync/pull' || ++pulls !== 2) return;
      const listed = (await listHouseholdSummaries(tablet.data.store, teamId, '2026-03-20'))?.length ?? 0;
      const saved = await tablet.data.households.update(ids[0]!, { reportReason: 'Tijdens het binnenhalen' });
      midway = { listed, saved: saved.ok };
    };
    await tablet.engine.syncNow();
    expect(midway).toEqual({ listed: 500, saved: true });
    // "500 van 520 dossiers binnen", then all, then no count once the pull is done.
    expect(progress.filter(Boolean)).toEqual([
      { received: 500, total: 520 },
      { received: 520, total: 520 },
    ]);
    expect(tablet.engine.getStatus().pull).toBeNull();

    expect(tablet.wire.requests.filter((p) => p === '/api/sync/pull').length).toBeGreaterThanOrEqual(3); // 500 + 20 for team A, team B
    expect((await getHousehold(tablet.data.store, ids[519]!))?.label).toBe('Kade 519');
    expect(await tablet.data.db.records.count()).toBe(520);
    expect(await readCursor(tablet.data.db, teamId)).toBeGreaterThan(0);
    expect(tablet.engine.getStatus().phase).toBe('idle');
  });

  it('never overwrites a field that has an unsent local change', async () => {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    await logIn(app, phone, 'anna');
    await logIn(app, tablet, 'anna');
    const id = await household(phone, 'Dorpsstraat 1');
    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    await tablet.data.households.update(id, { label: 'Dorpsstraat 1a', members: 'Drie kinderen' });
    await tablet.engine.syncNow();

    // The worker on the phone types while the pull is on its way back.
    phone.wire.beforeAnswer = async (path) => {
      if (path !== '/api/sync/pull') return;
      phone.wire.beforeAnswer = undefined;
      await phone.data.households.update(id, { label: 'Dorpsstraat 1 (achterom)' });
    };
    await phone.engine.syncNow();

    const afterPull = await getHousehold(phone.data.store, id);
    expect(afterPull?.label).toBe('Dorpsstraat 1 (achterom)'); // kept: not sent yet
    expect(afterPull?.members).toBe('Drie kinderen'); // the rest did come in
    expect(phone.engine.getStatus().pending).toBe(1);

    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    expect((await getHousehold(tablet.data.store, id))?.label).toBe('Dorpsstraat 1 (achterom)');
    expect(phone.engine.getStatus().pending).toBe(0);
  });

  it('brings concurrent edits of one text to both devices as "twee versies"', async () => {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    await logIn(app, phone, 'anna');
    await logIn(app, tablet, 'cor');
    const id = await household(phone, 'Dorpsstraat 1');
    await phone.engine.syncNow();
    await tablet.engine.syncNow();

    await phone.data.households.update(id, { reportReason: "Buren horen 's nachts geschreeuw." });
    await tablet.data.households.update(id, { reportReason: 'Post stapelt zich op achter de deur.' });
    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    await phone.engine.syncNow();

    const onPhone = await getHousehold(phone.data.store, id);
    const onTablet = await getHousehold(tablet.data.store, id);
    expect(onPhone?.reportReason).toBe(onTablet?.reportReason);
    const conflictsPhone = await listConflicts(phone.data.store, id);
    const conflictsTablet = await listConflicts(tablet.data.store, id);
    expect(conflictsPhone).toHaveLength(1);
    expect(conflictsTablet).toEqual(conflictsPhone);
    const both = [onPhone?.reportReason, conflictsPhone[0]?.text].sort();
    expect(both).toEqual(["Buren horen 's nachts geschreeuw.", 'Post stapelt zich op achter de deur.'].sort());
  });

  it('a text a form replaced without having shown it reaches the team as "twee versies"', async () => {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    await logIn(app, phone, 'anna');
    await logIn(app, tablet, 'cor');
    const id = await household(phone, 'Dorpsstraat 1');
    await phone.data.households.update(id, { reportReason: 'Huurachterstand.' });
    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    // The tablet's form shows "Huurachterstand."; meanwhile the phone's change comes in.
    await phone.data.households.update(id, { reportReason: 'Huurachterstand, en de buren klagen.' });
    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    await tablet.data.households.update(id, { reportReason: 'Huurachterstand. Gebeld.' }, { reportReason: 'Huurachterstand.' });
    await tablet.engine.syncNow();
    await phone.engine.syncNow();

    for (const device of [phone, tablet]) {
      expect((await getHousehold(device.data.store, id))?.reportReason).toBe('Huurachterstand. Gebeld.');
      expect((await listConflicts(device.data.store, id)).map((c) => c.text)).toEqual(['Huurachterstand, en de buren klagen.']);
      expect(device.engine.getStatus()).toMatchObject({ pending: 0, rejected: 0 });
    }
  });

  it('keeps a refused change visible with its Dutch reason and stops sending it', async () => {
    const phone = newDevice(app);
    const login = await logIn(app, phone, 'anna');
    const teamB = (await store.db.selectFrom('teams').select('id').where('name', '=', 'Team Zuid').executeTakeFirstOrThrow()).id;
    // A household in a team anna does not belong to (a session from before she changed teams).
    await phone.data.households.create(teamB, { label: 'Elders 3', members: '', reportedBy: '', reportReason: '' });
    await phone.engine.syncNow();
    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0, rejected: 1 });
    const { rejected } = await outboxSummary(phone.data.store);
    expect(rejected[0]?.error).toMatch(/toegang/);
    expect(phone.wire.requests.filter((p) => p === '/api/sync/push')).toHaveLength(1);
    expect(login.teams.map((t) => t.id)).toEqual([teamId]);
  });
});
