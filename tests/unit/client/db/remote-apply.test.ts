import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type SyncRecord } from '../../../../src/domain';
import { applyServerRecords, readCursor } from '../../../../src/client/db';
import { loadDevice } from '../../../../src/client/db/device-clock';
import {
  ackAll,
  createHousehold,
  demoHousehold,
  fieldsOf,
  interleavingCodec,
  openTab,
  outbox,
  remoteStamp,
  row,
  serverCopy,
  serverRecord,
  stampAll,
} from './helpers';

const teamId = uuidv7();
const t0 = Date.now() - 60_000;

function remoteHousehold(id: string, fields: Record<string, string>, stamp: string, rev = 1): SyncRecord {
  return serverRecord({ table: 'households', id, teamId, fields, stamps: stampAll(fields, stamp), rev });
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
