import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toLocalIsoString, uuidv7, type SyncRecord } from '../../../../src/domain';
import {
  applyPushResults,
  applyServerRecords,
  getContact,
  getHousehold,
  listContacts,
  listHouseholdSummaries,
  listMapEntries,
  outboxSummary,
  toContactView,
} from '../../../../src/client/db';
import { ContactRepository } from '../../../../src/client/db/repositories/contacts';
import { CONTENT_VERSION, createHousehold, demoHousehold, fakeClock, openTab, outbox, remoteStamp, serverRecord } from './helpers';

const teamId = uuidv7();

/** The households list as the screen reads it (from the summaries). */
async function listHouseholds(tab: ReturnType<typeof openTab>) {
  return (await listHouseholdSummaries(tab.store, teamId, '2026-03-20')) ?? [];
}

describe('households', () => {
  it('lists the team\'s households, last touched first, without tombstones', async () => {
    const clock = fakeClock();
    const tab = openTab({ now: clock.now });
    const first = await createHousehold(tab, teamId, { label: 'Eerste 1' });
    clock.advance(1000);
    const second = await createHousehold(tab, teamId, { label: 'Tweede 2' });
    clock.advance(1000);
    const erased = await createHousehold(tab, teamId, { label: 'Weg 3' });
    await createHousehold(tab, uuidv7(), { label: 'Ander team 4' });
    clock.advance(1000);
    await tab.households.erase(erased);
    expect((await listHouseholds(tab)).map((h) => h.label)).toEqual(['Tweede 2', 'Eerste 1']);

    clock.advance(1000);
    await tab.households.update(first, { members: 'Opnieuw bezocht' });
    const list = await listHouseholds(tab);
    expect(list.map((h) => h.id)).toEqual([first, second]);
    expect(list[0]).toEqual({
      id: first,
      teamId,
      touchedAt: clock.now(),
      label: 'Eerste 1',
      members: 'Opnieuw bezocht',
      reportedBy: demoHousehold.reportedBy,
      regisseur: null,
      lastContact: null,
      openCount: 0,
      overdue: false,
      conflictCount: 0,
    });
  });

  it('gets one household, or null when it is missing or erased; fills in absent fields', async () => {
    const tab = openTab();
    const id = uuidv7();
    await applyServerRecords(tab.store, [
      serverRecord({ table: 'households', id, teamId, fields: { label: 'Alleen een label' }, stamps: { label: remoteStamp(Date.now()) }, rev: 4 }),
    ]);
    expect(await getHousehold(tab.store, id)).toMatchObject({
      id,
      rev: 4,
      label: 'Alleen een label',
      members: '',
      reportedBy: '',
      reportReason: '',
      consent: 'onbekend',
    });
    expect(await getHousehold(tab.store, uuidv7())).toBeNull();
    await tab.households.erase(id);
    expect(await getHousehold(tab.store, id)).toBeNull();
  });
});

describe('contacts', () => {
  it('turns a record into a contact view with its answers by question id', () => {
    const householdId = uuidv7();
    const record: SyncRecord = serverRecord({
      table: 'contacts',
      id: 'c1',
      teamId,
      householdId,
      fields: {
        channel: 'eropaf',
        startedAt: '2026-03-10T10:00:00+01:00',
        contentVersion: '2026.1',
        outcome: 'binnen-geweest',
        note: 'Koffie gehad',
        planDate: '2026-03-20',
        'answer.eerste-vraag': 'Rust in huis',
        'answer.wat-ging-goed': 'De kinderen gaan naar school',
      },
    });
    expect(toContactView(record)).toEqual({
      id: 'c1',
      householdId,
      channel: 'eropaf',
      startedAt: '2026-03-10T10:00:00+01:00',
      contentVersion: '2026.1',
      outcome: 'binnen-geweest',
      note: 'Koffie gehad',
      planDate: '2026-03-20',
      answers: { 'eerste-vraag': 'Rust in huis', 'wat-ging-goed': 'De kinderen gaan naar school' },
      relationshipType: null,
      relationshipConcern: null,
      worked: {},
      untouched: false,
    });
    const bare = toContactView({ ...record, fields: { channel: 'loket', startedAt: '2026-03-11T09:00:00+01:00' } });
    expect(bare).toMatchObject({ note: '', planDate: null, outcome: undefined, contentVersion: '' });
    expect(bare.answers).toEqual({});
  });

  it('starts contacts with the content version and lists them newest first', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    let time = Date.UTC(2026, 2, 10, 9);
    const contacts = new ContactRepository(tab.store, CONTENT_VERSION, () => new Date(time));
    const early = await contacts.start(householdId, 'telefoon');
    time += 3_600_000;
    const late = await contacts.start(householdId, 'huisbezoek');
    if (!early.ok || !late.ok) throw new Error('contact not started');
    await contacts.answer(late.id, 'eerste-vraag', 'Het gaat beter');
    await contacts.update(early.id, { outcome: 'niet-thuis' });

    const list = await listContacts(tab.store, householdId);
    expect(list.map((c) => c.id)).toEqual([late.id, early.id]);
    expect(list[0]).toMatchObject({
      channel: 'huisbezoek',
      startedAt: toLocalIsoString(new Date(Date.UTC(2026, 2, 10, 10))),
      contentVersion: CONTENT_VERSION,
      answers: { 'eerste-vraag': 'Het gaat beter' },
    });
    expect(await getContact(tab.store, early.id)).toMatchObject({ outcome: 'niet-thuis', householdId });
    await tab.store.delete({ table: 'contacts', id: early.id, teamId, householdId });
    expect((await listContacts(tab.store, householdId)).map((c) => c.id)).toEqual([late.id]);
    expect(await getContact(tab.store, early.id)).toBeNull();
  });

  it('refuses an answer to a question id that is not a content id', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const contact = await tab.contacts.start(householdId, 'loket');
    if (!contact.ok) throw new Error('contact not started');
    expect(await tab.contacts.answer(contact.id, 'Geen Id!', 'x')).toMatchObject({ ok: false });
  });
});

describe('leefgebiedenkaart', () => {
  it('lists map entries with their topics, scores and texts', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    await tab.mapEntries.setTopic(householdId, 'schulden', 'betalingsregeling', true);
    await tab.mapEntries.setTopic(householdId, 'schulden', 'incasso', true);
    await tab.mapEntries.setTopic(householdId, 'schulden', 'incasso', false);
    await tab.mapEntries.update(householdId, 'schulden', { scoreResident: 4, causes: 'Baan kwijt' });
    await tab.mapEntries.update(householdId, 'huisvesting', { scoreWorker: null });

    const entries = await listMapEntries(tab.store, householdId);
    const debts = entries.find((e) => e.subdomainId === 'schulden');
    expect(debts).toEqual({
      id: `${householdId}.schulden`,
      subdomainId: 'schulden',
      contentVersion: CONTENT_VERSION,
      experience: '',
      situation: '',
      problemsAndPossibilities: '',
      causes: 'Baan kwijt',
      scoreResident: 4,
      scoreWorker: null,
      residentGoesWell: '',
      topics: { betalingsregeling: true, incasso: false },
    });
    const housing = entries.find((e) => e.subdomainId === 'huisvesting');
    expect(housing).toMatchObject({ scoreWorker: null, scoreResident: null });
    expect(housing!.topics).toEqual({});
    expect(entries).toHaveLength(2);
    // Creation fields are written once, with the first change; two changes in a row of the
    // same field fold into one outbox entry (see outbox.ts).
    const created = (await outbox(tab)).filter((e) => e.mutation.recordId === `${householdId}.schulden`);
    expect(created.map((e) => Object.keys(e.mutation.changedFields as object).sort())).toEqual([
      ['contentVersion', 'subdomainId', 'topic.betalingsregeling'],
      ['topic.incasso'],
      ['causes', 'scoreResident'],
    ]);
  });
});

describe('outboxSummary', () => {
  it('counts pending changes and lists rejected ones with their message', async () => {
    const tab = openTab();
    expect(await outboxSummary(tab.store)).toEqual({ pending: 0, rejected: [] });
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    await tab.households.update(id, { reportedBy: 'Buren' });
    expect(await outboxSummary(tab.store)).toEqual({ pending: 3, rejected: [] });

    const [first] = await outbox(tab);
    await applyPushResults(tab.store, [
      { mutationId: first!.mutation.mutationId, status: 'rejected', code: 'invalid', message: 'Deze wijziging klopt niet.' },
    ]);
    expect(await outboxSummary(tab.store)).toEqual({
      pending: 2,
      rejected: [{ mutationId: first!.mutation.mutationId, table: 'households', error: 'Deze wijziging klopt niet.' }],
    });
  });
});
