import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain';
import { getContact, listContacts } from '../../../../src/client/db';
import { openItems } from '../../../../src/client/ui/timeline/open-questions';
import { createHousehold, expectBareTombstone, openTab, outbox, row } from './helpers';

const teamId = uuidv7();

async function started(tab: ReturnType<typeof openTab>) {
  const householdId = await createHousehold(tab, teamId);
  const contact = await tab.contacts.start(householdId, 'telefoon');
  if (!contact.ok) throw new Error('contact not started');
  return { householdId, contactId: contact.id };
}

describe('an untouched contact (a wrong channel tap)', () => {
  it('is marked untouched, counts for no open points, and can be removed as a tombstone', async () => {
    const tab = openTab();
    const { householdId, contactId } = await started(tab);
    const contacts = await listContacts(tab.store, householdId);
    expect(contacts[0]?.untouched).toBe(true);
    expect(openItems(contacts, '2026-03-10')).toEqual([]);

    expect(await tab.contacts.removeIfUntouched(contactId)).toBe(true);
    expectBareTombstone(await row(tab, 'contacts', contactId));
    expect(await getContact(tab.store, contactId)).toBeNull();
    expect((await outbox(tab)).map((e) => [e.mutation.recordId, e.mutation.op])).toContainEqual([contactId, 'delete']);
  });

  it('is kept when anything was recorded in it, even a field cleared again', async () => {
    const tab = openTab();
    const { contactId } = await started(tab);
    await tab.contacts.update(contactId, { note: 'Belt terug' });
    await tab.contacts.update(contactId, { note: '' });
    expect(await tab.contacts.removeIfUntouched(contactId)).toBe(false);
    expect(await getContact(tab.store, contactId)).toMatchObject({ untouched: false, note: '' });
  });

  it('is kept when an outcome is written while the removal waits in the write queue', async () => {
    const tab = openTab();
    const { contactId } = await started(tab);
    const outcome = tab.contacts.update(contactId, { outcome: 'gesproken' });
    const removed = tab.contacts.removeIfUntouched(contactId);
    expect((await outcome).ok).toBe(true);
    expect(await removed).toBe(false);
    expect(await getContact(tab.store, contactId)).toMatchObject({ outcome: 'gesproken' });
  });
});
