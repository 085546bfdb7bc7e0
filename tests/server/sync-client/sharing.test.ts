/**
 * The partner's device end to end: the sync engine pulls a household once its agreement names
 * the organisation (with the rows made before), and drops it, tombstone included, when the
 * agreement is withdrawn; a new agreement brings it back.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/server/store/open-store';
import { kernteam } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';
import { logIn, newDevice, testApp, type App } from './harness';

describe.each(storeKinds)('a partner organisation\'s device on $name', (kind) => {
  let store: Store;
  let app: App;
  let team: Awaited<ReturnType<typeof kernteam>>;

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    team = await kernteam(store);
  });
  afterEach(() => store.close());

  it('receives the household with its agreement and forgets it when the agreement is withdrawn', async () => {
    const lead = newDevice(app);
    const partner = newDevice(app);
    await logIn(app, lead, 'anna');
    await logIn(app, partner, 'wim');
    const created = await lead.data.households.create(team.teamA.id, { label: 'Dorpsstraat 1', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('not created');
    await lead.engine.syncNow();
    await partner.engine.syncNow();
    expect(await partner.data.store.read('households', created.id)).toBeUndefined();

    const shared = await lead.data.sharing.addAgreement(created.id, { organisationId: team.woning, agreedOn: '2026-03-01', until: null });
    if (!shared.ok) throw new Error('no agreement');
    await lead.engine.syncNow();
    await partner.engine.syncNow();
    expect((await partner.data.store.read('households', created.id))?.fields.label).toBe('Dorpsstraat 1');

    await lead.data.sharing.withdrawAgreement(shared.id, '2026-03-02');
    await lead.engine.syncNow();
    await partner.engine.syncNow();
    expect(await partner.data.db.records.where('householdId').equals(created.id).count()).toBe(0);
    expect(await partner.data.db.records.get(['households', created.id])).toBeUndefined();

    await lead.data.sharing.addAgreement(created.id, { organisationId: team.woning, agreedOn: '2026-03-03', until: null });
    await lead.engine.syncNow();
    await partner.engine.syncNow();
    expect((await partner.data.store.read('households', created.id))?.fields.label).toBe('Dorpsstraat 1');
  });
});
