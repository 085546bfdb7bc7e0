import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain';
import { applyPushResults, applyServerRecords, readCursor } from '../../../../src/client/db';
import {
  ackAll,
  createHousehold,
  expectBareTombstone,
  openTab,
  outbox,
  remoteStamp,
  row,
  serverCopy,
  serverRecord,
} from './helpers';

const teamId = uuidv7();
const t0 = Date.now() - 60_000;

describe('applyServerRecords: tombstones', () => {
  it('a remote household tombstone purges its children and their unsent changes here', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const keptId = await createHousehold(tab, teamId, { label: 'Blijft 1' });
    const contact = await tab.contacts.start(householdId, 'huisbezoek');
    if (!contact.ok) throw new Error('contact not started');
    await tab.contacts.update(contact.id, { note: 'Gevoelig verhaal' });
    await tab.mapEntries.update(householdId, 'psychisch', { experience: 'Somber' });
    await tab.contacts.start(keptId, 'loket');

    await applyServerRecords(
      tab.store,
      [serverRecord({ table: 'households', id: householdId, teamId, deleted: true, rev: 9 })],
      { cursor: { teamId, value: 9 } },
    );

    expectBareTombstone(await row(tab, 'households', householdId));
    expect(await row(tab, 'households', householdId)).toMatchObject({ rev: 9 });
    expect(await tab.db.records.where('householdId').equals(householdId).count()).toBe(0);
    const left = (await outbox(tab)).map((e) => e.mutation);
    expect(left.some((m) => m.householdId === householdId)).toBe(false);
    expect(JSON.stringify(left)).not.toContain('Gevoelig');
    expect(await tab.db.records.where('householdId').equals(keptId).count()).toBe(1);
    expect(await readCursor(tab.db, teamId)).toBe(9);
  });

  it('an erased household stays erased: later records about it are not stored', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const stamp = remoteStamp(t0);
    const child = (id: string) =>
      serverRecord({
        table: 'contacts',
        id,
        teamId,
        householdId,
        fields: { channel: 'loket', startedAt: '2026-03-10T10:00:00+01:00', note: 'Persoonlijk' },
        stamps: { channel: stamp, startedAt: stamp, note: stamp },
        rev: 3,
      });
    // The tombstone and a child in one page, the child after it...
    await applyServerRecords(tab.store, [
      serverRecord({ table: 'households', id: householdId, teamId, deleted: true, rev: 2 }),
      child(uuidv7()),
    ]);
    // ...and a child arriving later (a pull, or the answer to a push sent before the erase).
    await applyServerRecords(tab.store, [child(uuidv7())]);
    expect(await tab.db.records.where('householdId').equals(householdId).count()).toBe(0);
  });

  it('a child record that arrives after a local erase is not stored again', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const contact = await tab.contacts.start(householdId, 'telefoon');
    if (!contact.ok) throw new Error('contact not started');
    const sent = (await outbox(tab)).at(-1)!.mutation;
    const answer = await serverCopy(tab, 'contacts', contact.id, 2);
    // The push was in flight when the worker erased the household.
    await tab.households.erase(householdId);
    await applyPushResults(tab.store, [{ mutationId: sent.mutationId, status: 'applied', record: answer }]);
    expect(await row(tab, 'contacts', contact.id)).toBeUndefined();
  });

  it('a remote tombstone of the household drops its own unsent changes too', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    await tab.households.update(householdId, { reportReason: 'Nog niet verstuurd' });
    await applyServerRecords(tab.store, [serverRecord({ table: 'households', id: householdId, teamId, deleted: true, rev: 2 })]);
    expect(await tab.db.outbox.count()).toBe(0);
  });

  it('does not undo a local delete that is not sent yet', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const contact = await tab.contacts.start(householdId, 'telefoon');
    if (!contact.ok) throw new Error('contact not started');
    await ackAll(tab);
    const before = await row(tab, 'contacts', contact.id);
    await tab.store.delete({ table: 'contacts', id: contact.id, teamId, householdId });
    const remote = { ...(await tab.store.decode(before!)), rev: 6 };
    await applyServerRecords(tab.store, [remote]);
    expectBareTombstone(await row(tab, 'contacts', contact.id));
    expect((await outbox(tab)).map((e) => e.mutation.op)).toEqual(['delete']);
  });

});
