// The household summaries (db/summaries.ts): one row per household for the list, kept in step
// with the records by every writer, in the same transaction, and always equal to a rebuild.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type SyncRecord } from '../../../../src/domain';
import {
  applyServerRecords,
  ensureSummaries,
  forgetSummaries,
  listContacts,
  listHouseholdSummaries,
  openCount,
  openItems,
  plainCodec,
  readCursor,
  type RecordCodec,
} from '../../../../src/client/db';
import { ackAll, createHousehold, openTab, remoteStamp, serverCopy, serverRecord, stampAll, type Tab } from './helpers';

const teamId = uuidv7();
const today = '2026-03-20';

async function list(tab: Tab) {
  const items = await listHouseholdSummaries(tab.store, teamId, today);
  if (!items) throw new Error('summaries not built');
  return items;
}

/** What a rebuild from the records alone gives: the summaries must always equal it. */
async function rebuilt(tab: Tab) {
  await tab.db.transaction('rw', tab.db.summaries, tab.db.meta, () => forgetSummaries(tab.db));
  await ensureSummaries(tab.store);
  return list(tab);
}

/** A colleague's contact moment with something recorded (an untouched one is no contact yet). */
function remoteContact(householdId: string, setup: Record<string, string>, rev: number): SyncRecord {
  const fields = { ...setup, note: 'Kort gesproken (fictief).' };
  const stamp = remoteStamp(Date.now() - 1000, 'other-device');
  return serverRecord({ table: 'contacts', id: uuidv7(), teamId, householdId, fields, stamps: stampAll(fields, stamp), rev });
}

describe('household summaries', () => {
  it('are written only by a write that changes them: more text in an answered question leaves the row as it was', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId, { label: 'Esdoornlaan 5' });
    const contact = await tab.contacts.start(id, 'huisbezoek');
    if (!contact.ok) throw new Error('not started');
    await tab.contacts.answer(contact.id, 'eerste-vraag', 'Rust');
    const answered = await tab.db.summaries.get(id);

    await tab.contacts.answer(contact.id, 'eerste-vraag', 'Rust in huis');
    expect((await tab.db.records.get(['contacts', contact.id]))?.version).toBeGreaterThan(1);
    expect(await tab.db.summaries.get(id)).toEqual(answered);
    // Emptying the answer opens the step again: that changes the summary, so it is written.
    await tab.contacts.answer(contact.id, 'eerste-vraag', '');
    expect((await tab.db.summaries.get(id))?.version).toBe(answered!.version + 1);
    expect((await list(tab))[0]?.openCount).toBeGreaterThan(0);
  });

  it('follow local writes: label, last contact, open points as the timeline counts them, flags', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId, { label: 'Esdoornlaan 3', members: 'Twee volwassenen (fictief)' });
    expect(await list(tab)).toEqual([
      expect.objectContaining({ id, label: 'Esdoornlaan 3', members: 'Twee volwassenen (fictief)', lastContact: null, openCount: 0 }),
    ]);
    const first = await tab.contacts.start(id, 'huisbezoek');
    if (!first.ok) throw new Error('not started');
    await tab.contacts.update(first.id, { startedAt: '2026-03-01T10:00:00+01:00', planDate: '2026-03-10', outcome: 'gesproken' });
    await tab.contacts.answer(first.id, 'eerste-vraag', 'Rust in huis');
    await tab.households.update(id, { label: 'Esdoornlaan 3a' });

    const contacts = await listContacts(tab.store, id);
    const [item] = await list(tab);
    expect(item).toMatchObject({
      label: 'Esdoornlaan 3a',
      lastContact: { startedAt: '2026-03-01T10:00:00+01:00', outcome: 'gesproken' },
      openCount: openCount(openItems(contacts, today)),
      overdue: true,
    });
    expect(item!.openCount).toBeGreaterThan(1);
    expect(await rebuilt(tab)).toEqual(await list(tab));
  });

  it('follow remote pages, deletes and "twee versies", and always equal a rebuild from the records', async () => {
    const tab = openTab();
    const mine = await createHousehold(tab, teamId, { label: 'Hier gemaakt 1' });
    await ackAll(tab);
    const theirsId = uuidv7();
    const label = { label: 'Van een collega 2' };
    const theirs = serverRecord({ table: 'households', id: theirsId, teamId, fields: label, stamps: stampAll(label, remoteStamp(Date.now())), rev: 5 });
    // A contact may arrive before its household (another page): listed only once the household is here.
    const early = remoteContact(theirsId, { channel: 'telefoon', startedAt: '2026-03-05T09:00:00+01:00' }, 4);
    await applyServerRecords(tab.store, [early], { cursor: { teamId, value: 4 } });
    expect((await list(tab)).map((h) => h.id)).toEqual([mine]);
    await applyServerRecords(tab.store, [theirs, remoteContact(mine, { channel: 'loket', startedAt: '2026-03-06T09:00:00+01:00' }, 6)]);
    expect((await list(tab)).find((h) => h.id === theirsId)).toMatchObject({ label: 'Van een collega 2', lastContact: { startedAt: '2026-03-05T09:00:00+01:00' } });
    expect((await list(tab)).find((h) => h.id === mine)).toMatchObject({ lastContact: { startedAt: '2026-03-06T09:00:00+01:00' } });

    // A text this device's form did not show becomes "twee versies": a flag on the row.
    const remote = await serverCopy(tab, 'households', mine, 7);
    await applyServerRecords(tab.store, [{ ...remote, fields: { ...remote.fields, reportReason: 'Nieuw' }, stamps: { ...remote.stamps, reportReason: remoteStamp(Date.now(), 'other-device') } }]);
    await tab.households.update(mine, { reportReason: 'Mijn tekst' }, { reportReason: remote.fields.reportReason as string });
    expect((await list(tab)).find((h) => h.id === mine)).toMatchObject({ conflictCount: 1 });
    expect(await rebuilt(tab)).toEqual(await list(tab));

    // Deleting the contact and erasing a household leave no trace in the list.
    await tab.store.delete({ table: 'contacts', id: early.id, teamId, householdId: theirsId });
    expect((await list(tab)).find((h) => h.id === theirsId)).toMatchObject({ lastContact: null });
    await applyServerRecords(tab.store, [serverRecord({ table: 'households', id: theirsId, teamId, deleted: true, rev: 9 })]);
    await applyServerRecords(tab.store, [remoteContact(theirsId, { channel: 'loket', startedAt: '2026-03-07T09:00:00+01:00' }, 10)]);
    await tab.households.erase(mine);
    expect(await list(tab)).toEqual([]);
    expect(await tab.db.summaries.count()).toBe(0);
  });

  it('commit with the page: a failing write leaves summaries, records and cursor as they were', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const before = await list(tab);
    const failing = () => {
      throw new Error('disk full');
    };
    tab.db.records.hook('creating', failing);
    await expect(
      applyServerRecords(tab.store, [remoteContact(id, { channel: 'loket', startedAt: '2026-03-06T09:00:00+01:00' }, 3)], { cursor: { teamId, value: 3 } }),
    ).rejects.toThrow('disk full');
    tab.db.records.hook('creating').unsubscribe(failing);
    expect(await list(tab)).toEqual(before);
    expect(await readCursor(tab.db, teamId)).toBe(0);
  });

  it('keep a change another tab made to the same summary while a page was being applied', async () => {
    // Tab B writes while tab A seals the summary, after tab A read it.
    let interleave: (() => Promise<unknown>) | null = null;
    const codec: RecordCodec = {
      decode: plainCodec.decode,
      async encode(table, id, fields) {
        const job = id.startsWith('summary:') ? interleave : null;
        if (job) {
          interleave = null;
          await job();
        }
        return plainCodec.encode(table, id, fields);
      },
    };
    const tabA = openTab({ codec });
    const tabB = openTab({ name: tabA.db.name });
    const id = await createHousehold(tabA, teamId);
    interleave = () => tabB.households.update(id, { label: 'Net getypt in tab B' });
    await applyServerRecords(tabA.store, [remoteContact(id, { channel: 'loket', startedAt: '2026-03-06T09:00:00+01:00' }, 3)]);
    expect(await list(tabA)).toEqual([
      expect.objectContaining({ label: 'Net getypt in tab B', lastContact: { startedAt: '2026-03-06T09:00:00+01:00', outcome: undefined } }),
    ]);
  });

  it('are built once from the records on a device that had records before summaries existed', async () => {
    const tab = openTab();
    await createHousehold(tab, teamId, { label: 'Van voor de summaries' });
    await tab.db.transaction('rw', tab.db.summaries, tab.db.meta, () => forgetSummaries(tab.db));
    // The first read starts the build and says "not yet"; the build's commit wakes live queries.
    expect(await listHouseholdSummaries(tab.store, teamId, today)).toBeUndefined();
    await ensureSummaries(tab.store);
    expect((await list(tab)).map((h) => h.label)).toEqual(['Van voor de summaries']);
  });
});
