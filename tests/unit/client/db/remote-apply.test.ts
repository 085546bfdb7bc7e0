import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type PushResult, type SyncRecord } from '../../../../src/domain';
import { applyPushResults, applyServerRecords, readCursor } from '../../../../src/client/db';
import { loadDevice } from '../../../../src/client/db/device-clock';
import {
  createHousehold,
  demoHousehold,
  expectBareTombstone,
  fieldsOf,
  interleavingCodec,
  openTab,
  outbox,
  remoteStamp,
  row,
  serverRecord,
  stampAll,
  type Tab,
} from './helpers';

const teamId = uuidv7();
const t0 = Date.now() - 60_000;

function remoteHousehold(id: string, fields: Record<string, string>, stamp: string, rev = 1): SyncRecord {
  return serverRecord({ table: 'households', id, teamId, fields, stamps: stampAll(fields, stamp), rev });
}

/** The record as the server holds it after applying all of this device's pending mutations for it. */
async function serverCopy(tab: Tab, table: SyncRecord['table'], id: string, rev: number): Promise<SyncRecord> {
  const local = await tab.store.read(table, id);
  return { ...local!, rev };
}

async function ackAll(tab: Tab, rev = 1): Promise<void> {
  const entries = await outbox(tab);
  const results: PushResult[] = [];
  for (const { mutation } of entries) {
    results.push({ mutationId: mutation.mutationId, status: 'applied', record: await serverCopy(tab, mutation.table, mutation.recordId, rev) });
  }
  await applyPushResults(tab.store, results);
}

describe('applyServerRecords', () => {
  it('inserts new records without queueing anything, and stores the cursor', async () => {
    const tab = openTab();
    const householdId = uuidv7();
    const contactId = uuidv7();
    const stamp = remoteStamp(t0);
    await applyServerRecords(
      tab.store,
      [
        remoteHousehold(householdId, { label: 'Kastanjelaan 4' }, stamp, 11),
        serverRecord({
          table: 'contacts',
          id: contactId,
          teamId,
          householdId,
          fields: { channel: 'telefoon', startedAt: '2026-03-10T10:00:00+01:00', note: 'Gebeld' },
          stamps: { channel: stamp, startedAt: stamp, note: stamp },
          rev: 12,
        }),
      ],
      { cursor: { teamId, value: 12 } },
    );

    expect(await row(tab, 'households', householdId)).toMatchObject({ teamId, householdId: null, rev: 11, deleted: 0, stamps: { label: stamp } });
    expect(await fieldsOf(tab, 'households', householdId)).toEqual({ label: 'Kastanjelaan 4' });
    expect(await row(tab, 'contacts', contactId)).toMatchObject({ householdId, rev: 12 });
    expect(await fieldsOf(tab, 'contacts', contactId)).toMatchObject({ note: 'Gebeld' });
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await readCursor(tab.db, teamId)).toBe(12);
    expect(await readCursor(tab.db, uuidv7())).toBe(0);
  });

  it('takes every field whose remote stamp is greater, keeps those whose local stamp is greater', async () => {
    const tab = openTab();
    const id = uuidv7();
    const older = remoteStamp(t0, 'device-a');
    const newer = remoteStamp(t0 + 1000, 'device-b');
    await applyServerRecords(tab.store, [
      serverRecord({
        table: 'households',
        id,
        teamId,
        fields: { label: 'Oud 1', members: 'Nieuw gezin' },
        stamps: { label: older, members: newer },
        rev: 3,
      }),
    ]);
    await applyServerRecords(tab.store, [
      serverRecord({
        table: 'households',
        id,
        teamId,
        fields: { label: 'Nieuw 1', members: 'Oud gezin', consent: 'gegeven' },
        stamps: { label: newer, members: older, consent: older },
        rev: 2, // an older page: the revision never goes back
      }),
    ]);
    expect(await fieldsOf(tab, 'households', id)).toEqual({ label: 'Nieuw 1', members: 'Nieuw gezin', consent: 'gegeven' });
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 3, stamps: { label: newer, members: newer, consent: older } });
  });

  it('keeps fields that have an unsent local change, takes the others', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    await tab.households.update(id, { members: 'Lokaal, nog niet verstuurd' });
    const pending = (await outbox(tab))[0]!;

    const far = remoteStamp(Date.now() + 3_600_000, 'other-device');
    await applyServerRecords(tab.store, [
      remoteHousehold(id, { members: 'Van de server', reportReason: 'Van de server' }, far, 5),
    ]);

    expect(await fieldsOf(tab, 'households', id)).toMatchObject({
      members: 'Lokaal, nog niet verstuurd',
      reportReason: 'Van de server',
      label: demoHousehold.label,
    });
    const stored = await row(tab, 'households', id);
    expect(stored!.stamps.members).toBe(pending.mutation.hlc);
    expect(stored!.stamps.reportReason).toBe(far);
    expect(await outbox(tab)).toEqual([pending]);
  });

  it('moves the device clock past remote stamps, so the next local write wins', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    const ahead = remoteStamp(Date.now() + 3_600_000, 'fast-clock', 7);
    await applyServerRecords(tab.store, [remoteHousehold(id, { reportReason: 'Van een snelle klok' }, ahead, 2)]);
    expect((await loadDevice(tab.db)).clock.wallMs).toBeGreaterThanOrEqual(Date.now() + 3_000_000);

    await tab.households.update(id, { reportReason: 'Later hier geschreven' });
    const last = (await outbox(tab)).at(-1)!.mutation;
    expect(last.hlc > ahead).toBe(true);
    expect(last.baseRev).toBe(2);
  });

  it('stores records, acknowledgements and cursor in one transaction: all or nothing', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const mutationId = (await outbox(tab))[0]!.mutation.mutationId;
    const failing = () => {
      throw new Error('write failed');
    };
    tab.db.records.hook('updating', failing);
    await expect(
      applyServerRecords(tab.store, [await serverCopy(tab, 'households', id, 4)], {
        ackedMutationIds: [mutationId],
        cursor: { teamId, value: 4 },
      }),
    ).rejects.toThrow('write failed');
    tab.db.records.hook('updating').unsubscribe(failing);

    expect(await readCursor(tab.db, teamId)).toBe(0);
    expect(await tab.db.outbox.count()).toBe(1);
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 0 });
  });

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

  it('retries when another tab writes the record meanwhile, keeping that tab\'s unsent field', async () => {
    const { codec, once } = interleavingCodec();
    const tabA = openTab({ codec });
    const tabB = openTab({ name: tabA.db.name });
    const id = await createHousehold(tabA, teamId);
    await ackAll(tabA);
    const far = remoteStamp(Date.now() + 3_600_000, 'other-device');
    once(() => tabB.households.update(id, { members: 'Net getypt in tab B' }));
    await applyServerRecords(tabA.store, [remoteHousehold(id, { members: 'Van de server', reportedBy: 'Buurman' }, far, 4)], {
      cursor: { teamId, value: 4 },
    });
    expect(await fieldsOf(tabA, 'households', id)).toMatchObject({ members: 'Net getypt in tab B', reportedBy: 'Buurman' });
    expect(await readCursor(tabA.db, teamId)).toBe(4);
  });
});

describe('applyPushResults', () => {
  it('drops acknowledged mutations and merges the server record, including other devices\' fields', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const [entry] = await outbox(tab);
    const server = await serverCopy(tab, 'households', id, 8);
    // Another device chose the consent after our write reached the server.
    server.fields.consent = 'gegeven';
    server.stamps.consent = remoteStamp(Date.now() + 1000, 'other-device');

    await applyPushResults(tab.store, [{ mutationId: entry!.mutation.mutationId, status: 'applied', record: server }]);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 8 });
    expect(await fieldsOf(tab, 'households', id)).toEqual({ ...demoHousehold, consent: 'gegeven' });
  });

  it('treats a duplicate as acknowledged', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const [entry] = await outbox(tab);
    await applyPushResults(tab.store, [
      { mutationId: entry!.mutation.mutationId, status: 'duplicate', record: await serverCopy(tab, 'households', id, 3) },
    ]);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 3 });
  });

  it('keeps a rejected mutation, marked rejected with the server\'s message, and the local value', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    await tab.households.update(id, { members: 'Geweigerd door de server' });
    await tab.households.update(id, { reportedBy: 'Wijkagent' });
    const [refused, accepted] = await outbox(tab);
    await applyPushResults(tab.store, [
      { mutationId: refused!.mutation.mutationId, status: 'rejected', code: 'forbidden', message: 'Je hoort niet (meer) bij dit team.' },
      { mutationId: accepted!.mutation.mutationId, status: 'applied', record: await serverCopy(tab, 'households', id, 5) },
    ]);
    expect(await outbox(tab)).toEqual([{ ...refused, status: 'rejected', error: 'Je hoort niet (meer) bij dit team.' }]);
    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Geweigerd door de server', reportedBy: 'Wijkagent' });
  });

  it('an acknowledgement does not overwrite a field that has a later unsent change', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    await tab.households.update(id, { members: 'Eerste versie' });
    const first = (await outbox(tab))[0]!.mutation;
    const answer = await serverCopy(tab, 'households', id, 6);
    await tab.households.update(id, { members: 'Tweede versie', reportReason: 'Ook nieuw' });

    await applyPushResults(tab.store, [{ mutationId: first.mutationId, status: 'applied', record: answer }]);

    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Tweede versie', reportReason: 'Ook nieuw' });
    const left = (await outbox(tab)).map((e) => e.mutation);
    expect(left).toHaveLength(1);
    expect(left[0]!.changedFields).toEqual({ members: 'Tweede versie', reportReason: 'Ook nieuw' });
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 6 });
  });

  it('handles several acknowledgements for one record in one answer', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Na de eerste' });
    const [m1, m2] = (await outbox(tab)).map((e) => e.mutation);
    const final = await serverCopy(tab, 'households', id, 2);
    const afterFirst = { ...final, rev: 1, fields: { ...final.fields, members: demoHousehold.members }, stamps: { ...final.stamps, members: m1!.hlc } };
    await applyPushResults(tab.store, [
      { mutationId: m1!.mutationId, status: 'applied', record: afterFirst },
      { mutationId: m2!.mutationId, status: 'applied', record: final },
    ]);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Na de eerste' });
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 2 });
  });
});
