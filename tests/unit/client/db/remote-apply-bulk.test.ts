// A pulled page is applied in bulk (remote-apply.ts): a constant number of store requests per
// page, the whole page decoded and encoded through the codec outside any transaction, and the
// same guarantees as one record at a time.
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { uuidv7, type Fields, type SyncRecord, type TableName } from '../../../../src/domain';
import { applyServerRecords, listConflicts, plainCodec, readCursor, type RecordCodec, type VoordeurDb } from '../../../../src/client/db';
import {
  ackAll,
  createHousehold,
  demoHousehold,
  fieldsOf,
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

/** Counts every call into Dexie's storage layer (one get, bulkGet, bulkPut, query... each). */
function countRequests(db: VoordeurDb): { count: number } {
  const counter = { count: 0 };
  const counted = <A extends unknown[], R>(f: (...args: A) => R) => (...args: A): R => {
    counter.count++;
    return f(...args);
  };
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const t = down.table(name);
        return {
          ...t,
          get: counted((req) => t.get(req)),
          getMany: counted((req) => t.getMany(req)),
          mutate: counted((req) => t.mutate(req)),
          query: counted((req) => t.query(req)),
          openCursor: counted((req) => t.openCursor(req)),
          count: counted((req) => t.count(req)),
        };
      },
    }),
  });
  return counter;
}

function contact(householdId: string, n: number, stamp: string, rev: number): SyncRecord {
  const fields = { channel: 'loket', startedAt: '2026-03-10T10:00:00+01:00', note: `Notitie ${n}` };
  return serverRecord({ table: 'contacts', id: uuidv7(), teamId, householdId, fields, stamps: stampAll(fields, stamp), rev });
}

/** A page as the server sends it: households, each followed by contact moments. */
function page(households: number, contactsEach: number, startRev = 1): SyncRecord[] {
  const stamp = remoteStamp(t0);
  const records: SyncRecord[] = [];
  let rev = startRev;
  for (let h = 0; h < households; h++) {
    const fields = { label: `Voorbeeldstraat ${h}` };
    const id = uuidv7();
    records.push(serverRecord({ table: 'households', id, teamId, fields, stamps: stampAll(fields, stamp), rev: rev++ }));
    for (let c = 0; c < contactsEach; c++) records.push(contact(id, c, stamp, rev++));
  }
  return records;
}

/** A codec that refuses to run inside a Dexie transaction and counts its calls. */
function outsideTransactionCodec() {
  const calls = { decode: 0, encode: 0, insideTransaction: 0 };
  const check = () => {
    if (Dexie.currentTransaction) calls.insideTransaction++;
  };
  const codec: RecordCodec = {
    async encode(table: TableName, id: string, fields: Fields) {
      check();
      calls.encode++;
      return { sealed: await plainCodec.encode(table, id, fields) };
    },
    async decode(table: TableName, id: string, payload: unknown) {
      check();
      calls.decode++;
      return plainCodec.decode(table, id, (payload as { sealed: unknown }).sealed);
    },
  };
  return { codec, calls };
}

describe('applyServerRecords in bulk', () => {
  it('makes the same number of store requests for a page of 6 records as for one of 600', async () => {
    async function requestsFor(households: number) {
      const tab = openTab();
      const counter = countRequests(tab.db);
      await tab.db.open();
      await applyServerRecords(tab.store, page(households, 2), { cursor: { teamId, value: 1 } }); // new records
      const inserting = counter.count;
      const existing = await tab.db.records.toArray();
      const again = await Promise.all(existing.map(async (r) => ({ ...(await tab.store.decode(r)), rev: r.rev + 1000 })));
      counter.count = 0;
      await applyServerRecords(tab.store, again, { cursor: { teamId, value: 2 } }); // updates of records held here
      return { inserting, updating: counter.count };
    }
    const small = await requestsFor(2);
    const large = await requestsFor(200);
    expect(large).toEqual(small);
    expect(small.inserting).toBeLessThan(20);
  });

  it('decodes and encodes the whole page through the codec, never inside a transaction', async () => {
    const { codec, calls } = outsideTransactionCodec();
    const tab = openTab({ codec });
    const records = page(5, 9);
    await applyServerRecords(tab.store, records);
    await applyServerRecords(tab.store, records.map((r) => ({ ...r, rev: r.rev + 100 })));
    expect(calls.insideTransaction).toBe(0);
    // Every record of both pages once, and the five households' summaries once per page.
    expect(calls.encode).toBe(2 * records.length + 2 * 5);
    // The second page decodes what the first stored, and the summaries it updates.
    expect(calls.decode).toBe(records.length + 5);
    const stored = await row(tab, 'contacts', records[1]!.id);
    expect(stored!.payload).toEqual({ sealed: expect.objectContaining({ note: 'Notitie 0' }) });
  });

  it('keeps every field with an unsent local change across a large page, and takes the rest', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    await tab.households.update(id, { members: 'Lokaal, nog niet verstuurd' });
    const pending = (await outbox(tab))[0]!;
    const far = remoteStamp(Date.now() + 3_600_000, 'other-device');
    const mine = serverRecord({
      table: 'households',
      id,
      teamId,
      fields: { members: 'Van de server', reportReason: 'Van de server' },
      stamps: { members: far, reportReason: far },
      rev: 300,
    });
    const others = page(20, 10, 1);
    // In the middle of the page, and once more at its end (the same record twice in a page).
    const second = { ...mine, fields: { members: 'Nog eens van de server', label: 'Nieuw label' }, stamps: { members: far, label: far }, rev: 301 };
    await applyServerRecords(tab.store, [...others.slice(0, 100), mine, ...others.slice(100), second], { cursor: { teamId, value: 301 } });

    expect(await fieldsOf(tab, 'households', id)).toMatchObject({
      reportedBy: demoHousehold.reportedBy,
      members: 'Lokaal, nog niet verstuurd',
      reportReason: 'Van de server',
      label: 'Nieuw label',
    });
    expect((await row(tab, 'households', id))!.stamps.members).toBe(pending.mutation.hlc);
    expect(await outbox(tab)).toEqual([pending]);
    expect(await tab.db.records.count()).toBe(others.length + 1);
  });

  it('commits a page and its cursor together: a failing write stores nothing of the page', async () => {
    const tab = openTab();
    const first = page(2, 3);
    await applyServerRecords(tab.store, first, { cursor: { teamId, value: 8 } });
    const failAt = 150;
    let creating = 0;
    const failing = () => {
      if (++creating === failAt) throw new Error('disk full');
    };
    tab.db.records.hook('creating', failing);
    await expect(applyServerRecords(tab.store, page(30, 9, 9), { cursor: { teamId, value: 308 } })).rejects.toThrow('disk full');
    tab.db.records.hook('creating').unsubscribe(failing);

    expect(await tab.db.records.count()).toBe(first.length);
    expect(await readCursor(tab.db, teamId)).toBe(8);
  });

  it('an erased household never comes back, whatever else the page holds', async () => {
    const tab = openTab();
    const erasedHere = await createHousehold(tab, teamId);
    await tab.households.erase(erasedHere);
    const [erasedInPage, ...rest] = page(10, 5, 10);
    const stamp = remoteStamp(t0);
    const records = [
      contact(erasedHere, 1, stamp, 1), // erased on this device earlier
      erasedInPage!,
      ...rest,
      contact(erasedInPage!.id, 2, stamp, 200), // a child after its household's tombstone
      serverRecord({ table: 'households', id: erasedInPage!.id, teamId, deleted: true, rev: 201 }),
      contact(erasedInPage!.id, 3, stamp, 202),
    ];
    await applyServerRecords(tab.store, records, { cursor: { teamId, value: 202 } });
    expect(await tab.db.records.where('householdId').equals(erasedHere).count()).toBe(0);
    expect(await tab.db.records.where('householdId').equals(erasedInPage!.id).count()).toBe(0);
    expect(await row(tab, 'households', erasedInPage!.id)).toMatchObject({ deleted: 1, payload: {}, stamps: {} });
    expect(await row(tab, 'households', erasedHere)).toMatchObject({ deleted: 1 });
    // The other nine households and their contacts are all there.
    expect(await tab.db.records.where('[table+teamId]').equals(['contacts', teamId]).count()).toBe(45);
  });

  it('keeps the other device\'s stamp, so a form that did not show the new text keeps it as "twee versies"', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    await ackAll(tab);
    const remote = await serverCopy(tab, 'households', householdId, 500);
    const stamp = remoteStamp(Date.now(), 'other-device');
    const changed = { ...remote, fields: { ...remote.fields, reportReason: 'Buren horen geschreeuw.' }, stamps: { ...remote.stamps, reportReason: stamp } };
    await applyServerRecords(tab.store, [...page(10, 10), changed, ...page(5, 10, 200)]);

    const seen = { reportReason: demoHousehold.reportReason };
    await tab.households.update(householdId, { reportReason: `${demoHousehold.reportReason} Meer info.` }, seen);
    expect(await listConflicts(tab.store, householdId)).toEqual([
      expect.objectContaining({ field: 'reportReason', text: 'Buren horen geschreeuw.', losingHlc: stamp }),
    ]);
  });
});
