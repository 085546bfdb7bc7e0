import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { answerField, uuidv7 } from '../../../../src/domain';
import { markSending } from '../../../../src/client/db';
import { plainCodec, type RecordCodec } from '../../../../src/client/db/codec';
import { decodeSummaries } from '../../../../src/client/db/summaries';
import { forgetHouseholds } from '../../../../src/client/db/record-store';
import { applyServerRecords } from '../../../../src/client/db/remote-apply';
import { createHousehold, fieldsOf, interleavingCodec, openTab, outbox, remoteStamp, serverRecord, stampAll, type Tab } from './helpers';

const teamId = uuidv7();

/** Counts the transactions the store opens from now on: read-only ones, and all. */
function countReadOnly(tab: Tab): { count: () => number; all: () => number } {
  let count = 0;
  let all = 0;
  const open = tab.db.transaction.bind(tab.db) as (...args: unknown[]) => unknown;
  (tab.db as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (...args: unknown[]) => {
    all++;
    if (args[0] === 'r' || args[0] === 'readonly') count++;
    return open(...args);
  };
  return { count: () => count, all: () => all };
}

describe('RecordStore starts the next write of the record it wrote last from what it wrote (last-write.ts)', () => {
  it('a second save of the same record opens no read-only transaction, and folds as before', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    const reads = countReadOnly(tab);

    await tab.households.update(id, { members: 'Een en twee' });
    await tab.households.update(id, { members: 'Een, twee en drie' });
    expect(reads.count()).toBe(0);
    expect((await fieldsOf(tab, 'households', id))!.members).toBe('Een, twee en drie');
    // The keystrokes still fold into one outbox entry (the creation's own entry stays apart).
    const entries = await outbox(tab);
    expect(entries).toHaveLength(2);
    expect(entries[1]!.mutation.changedFields).toEqual({ members: 'Een, twee en drie' });
  });

  it('a write of another record reads first', async () => {
    const tab = openTab();
    const a = await createHousehold(tab, teamId);
    const b = await createHousehold(tab, teamId, { label: 'B-straat 2' });
    const reads = countReadOnly(tab);
    await tab.households.update(a, { members: 'Anders' });
    expect(reads.count()).toBe(1);
    expect((await fieldsOf(tab, 'households', b))!.label).toBe('B-straat 2');
  });

  it('a pull between two saves is not overwritten: the save starts over from the pulled record', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const contact = await tab.contacts.start(householdId, 'huisbezoek');
    if (!contact.ok) throw new Error('no contact');
    await tab.contacts.answer(contact.id, 'eerste-vraag', 'Lokaal');
    // Sent and acknowledged (the sync loop removes what the server settled).
    await tab.db.outbox.clear();
    // A colleague's answer to another question arrives (answers are in no summary: only the record's check sees it).
    const other = answerField('tweede-vraag');
    await applyServerRecords(tab.store, [
      serverRecord({ table: 'contacts', id: contact.id, teamId, householdId, fields: { [other]: 'Van de server' }, stamps: stampAll({ [other]: 'x' }, remoteStamp(Date.now() + 60_000)), rev: 2 }),
    ]);
    await tab.contacts.answer(contact.id, 'eerste-vraag', 'Lokaal, verder getypt');
    expect(await fieldsOf(tab, 'contacts', contact.id)).toMatchObject({ [other]: 'Van de server', [answerField('eerste-vraag')]: 'Lokaal, verder getypt' });
  });

  it('a record removed and brought back at the same version is read again, not taken for the row written before', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.db.outbox.clear();
    await forgetHouseholds(tab.db, [id]);
    // Shared again later: the pull brings it back as a new row, version 1 like the one this tab wrote.
    await applyServerRecords(tab.store, [
      serverRecord({ table: 'households', id, teamId, fields: { label: 'Teruggekomen', members: 'Van de server' }, stamps: stampAll({ label: 'x', members: 'x' }, remoteStamp(Date.now())), rev: 3 }),
    ]);
    expect((await tab.db.records.get(['households', id]))!.version).toBe(1);

    await tab.households.update(id, { reportedBy: 'Buren' });
    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ label: 'Teruggekomen', members: 'Van de server', reportedBy: 'Buren' });
    expect((await outbox(tab)).at(-1)!.mutation.baseRev).toBe(3);
  });

  it('the next save sends its writes with its checks and commits at once: one transaction, no attempt aborted', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    const transactions = countReadOnly(tab);
    await tab.households.update(id, { members: 'Een en twee' });
    await tab.households.update(id, { members: 'Een, twee en drie', reportedBy: 'Buren' });
    expect(transactions.all()).toBe(2);
    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Een, twee en drie', reportedBy: 'Buren' });
  });

  it('an entry the sync loop started sending between two saves is not folded into: its value stays as sent', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    await markSending(tab.db, await outbox(tab));
    await tab.households.update(id, { members: 'Een en twee' });
    const entries = await outbox(tab);
    expect(entries.map((e) => e.mutation.changedFields)).toEqual([expect.anything(), { members: 'Een' }, { members: 'Een en twee' }]);
  });

  it("another tab's write between two saves moves the clock on: the save starts over and takes a stamp of its own", async () => {
    const tab = openTab();
    const other = openTab({ name: tab.db.name });
    const a = await createHousehold(tab, teamId);
    const b = await createHousehold(tab, teamId, { label: 'B-straat 2' });
    await tab.households.update(a, { members: 'Een' });
    await other.households.update(b, { members: 'Van het andere tabblad' });
    await tab.households.update(a, { members: 'Een en twee' });
    const entries = await outbox(tab);
    const seqs = entries.map((e) => e.mutation.clientSeq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(entries.at(-1)!.mutation.changedFields).toEqual({ members: 'Een en twee' });
    expect(entries.at(-1)!.mutation.clientSeq).toBeGreaterThan(entries.at(-2)!.mutation.clientSeq);
    expect(await fieldsOf(tab, 'households', b)).toMatchObject({ members: 'Van het andere tabblad' });
  });

  it('the next save decrypts nothing: neither the record nor its household summary, which stays right', async () => {
    const decoded: string[] = [];
    const codec: RecordCodec = { ...plainCodec, decode: (table, id, payload, mutationId) => (decoded.push(id), plainCodec.decode(table, id, payload, mutationId)) };
    const tab = openTab({ codec });
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    decoded.length = 0;
    await tab.households.update(id, { members: 'Een en twee' });
    await tab.households.update(id, { reportedBy: 'Buren' });
    await tab.households.update(id, { members: 'Een, twee en drie' });
    expect(decoded).toEqual([]);
    const [summary] = await decodeSummaries(plainCodec, [(await tab.db.summaries.get(id))!]);
    expect(summary).toMatchObject({ members: 'Een, twee en drie', reportedBy: 'Buren' });
  });

  it('locking forgets what the last write decrypted: the next save reads and decrypts again', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    tab.store.forgetDecoded();
    const reads = countReadOnly(tab);
    await tab.households.update(id, { members: 'Een en twee' });
    expect(reads.count()).toBe(1);
  });

  it("another tab's change of the household's summary between two saves is kept: the save starts over from it", async () => {
    const { codec, once } = interleavingCodec();
    const tab = openTab({ codec });
    const other = openTab({ name: tab.db.name });
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    // While this tab seals its next save, the other starts a contact: a new digest in the summary, not this record.
    let contactId = '';
    once(async () => {
      const started = await other.contacts.start(id, 'huisbezoek');
      if (started.ok) contactId = started.id;
    });
    await tab.households.update(id, { members: 'Een en twee' });
    const [summary] = await decodeSummaries(plainCodec, [(await tab.db.summaries.get(id))!]);
    expect(summary!.members).toBe('Een en twee');
    expect(Object.keys(summary!.contacts)).toEqual([contactId]);
  });

  it('a summary rewritten between two saves by a writer that takes no stamp (a rebuild) is not overwritten: the save starts over', async () => {
    const { codec, once } = interleavingCodec();
    const tab = openTab({ codec });
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    const before = (await tab.db.summaries.get(id))!;
    // Same clock, same records: only the summary's own check can see this.
    once(() => tab.db.summaries.put({ ...before, version: before.version + 1 }));
    await tab.households.update(id, { members: 'Een en twee' });
    const after = (await tab.db.summaries.get(id))!;
    expect(after.version).toBe(before.version + 2);
    expect((await decodeSummaries(plainCodec, [after]))[0]!.members).toBe('Een en twee');
  });
});
