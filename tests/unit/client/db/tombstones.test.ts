import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain';
import {
  createHousehold,
  expectBareTombstone,
  fieldsOf,
  openTab,
  outbox,
  row,
  snapshot,
} from './helpers';

const teamId = uuidv7();

describe('RecordStore.update and tombstones', () => {
  it('refuses to update a record that is not on the device', async () => {
    const tab = openTab();
    const result = await tab.store.update('households', uuidv7(), { label: 'Nergens 1' });
    expect(result).toEqual({ ok: false, errors: [{ field: '', code: 'record-gone' }] });
    expect(await tab.contacts.update(uuidv7(), { note: 'x' })).toMatchObject({ ok: false });
    expect(await snapshot(tab)).toEqual({ records: [], outbox: [] });
  });

  it('erasing a household purges its children and their unsent changes, keeps a bare tombstone and queues one delete', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const otherId = await createHousehold(tab, teamId, { label: 'Beukenlaan 3' });
    const contact = await tab.contacts.start(householdId, 'huisbezoek');
    if (!contact.ok) throw new Error('contact not started');
    await tab.contacts.answer(contact.id, 'eerste-vraag', 'Het gaat slecht met de huur');
    await tab.mapEntries.setTopic(householdId, 'schulden', 'aflossing', true);
    const otherContact = await tab.contacts.start(otherId, 'telefoon');
    if (!otherContact.ok) throw new Error('contact not started');

    await tab.households.erase(householdId);

    const tombstone = await row(tab, 'households', householdId);
    expectBareTombstone(tombstone);
    expect(tombstone).toMatchObject({ teamId, householdId: null });
    expect(await tab.db.records.where('householdId').equals(householdId).count()).toBe(0);
    // Nothing about the erased household is left in the outbox except its delete.
    const left = (await outbox(tab)).map((e) => e.mutation);
    const aboutErased = left.filter((m) => m.recordId === householdId || m.householdId === householdId);
    expect(aboutErased).toHaveLength(1);
    expect(aboutErased[0]).toMatchObject({ op: 'delete', table: 'households', recordId: householdId, teamId, householdId: null });
    expect(aboutErased[0]!.changedFields).toEqual({});
    expect(JSON.stringify(left)).not.toContain('huur');
    // The other household and its contact are untouched.
    expect(await fieldsOf(tab, 'households', otherId)).toMatchObject({ label: 'Beukenlaan 3' });
    expect(await row(tab, 'contacts', otherContact.id)).toMatchObject({ deleted: 0 });
    expect(left.filter((m) => m.recordId === otherId || m.householdId === otherId)).toHaveLength(2);
    // The delete is stamped after everything before it.
    const deleteMutation = aboutErased[0]!;
    expect(left.every((m) => m === deleteMutation || m.hlc < deleteMutation.hlc)).toBe(true);
  });

  it('refuses writes to a tombstone and to children of an erased household', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    await tab.households.erase(householdId);
    const before = await snapshot(tab);

    expect(await tab.households.update(householdId, { label: 'Terug?' })).toEqual({
      ok: false,
      errors: [{ field: '', code: 'record-deleted' }],
    });
    expect(await tab.contacts.start(householdId, 'loket')).toEqual({
      ok: false,
      errors: [{ field: '', code: 'household-gone' }],
    });
    expect(await tab.mapEntries.update(householdId, 'inkomen', { scoreWorker: 3 })).toMatchObject({ ok: false });
    expect(await snapshot(tab)).toEqual(before);
  });

  it('deleting a child record tombstones only that record and drops its unsent changes', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const contact = await tab.contacts.start(householdId, 'eropaf');
    if (!contact.ok) throw new Error('contact not started');
    await tab.contacts.update(contact.id, { note: 'Niemand thuis' });
    await tab.store.delete({ table: 'contacts', id: contact.id, teamId, householdId });

    expectBareTombstone(await row(tab, 'contacts', contact.id));
    expect(await row(tab, 'contacts', contact.id)).toMatchObject({ householdId });
    expect(await row(tab, 'households', householdId)).toMatchObject({ deleted: 0 });
    const aboutContact = (await outbox(tab)).filter((e) => e.mutation.recordId === contact.id);
    expect(aboutContact.map((e) => e.mutation.op)).toEqual(['delete']);
    expect(aboutContact[0]!.mutation.householdId).toBe(householdId);
  });
});
