import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, mutationSchema, uuidSchema, uuidv7 } from '../../../../src/domain';
import { loadDevice } from '../../../../src/client/db/device-clock';
import type { WriteResult } from '../../../../src/client/db';
import { createHousehold, demoHousehold, fakeClock, fieldsOf, openTab, outbox, row, snapshot } from './helpers';

const teamId = uuidv7();

describe('RecordStore: a write stores the record and one outbox mutation', () => {
  it('creates a household with a complete, valid mutation', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);

    const stored = await row(tab, 'households', id);
    expect(stored).toMatchObject({ table: 'households', id, teamId, householdId: null, deleted: 0, rev: 0, version: 1 });
    expect(await fieldsOf(tab, 'households', id)).toEqual({ ...demoHousehold, consent: 'onbekend' });

    const entries = await outbox(tab);
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry.status).toBe('pending');
    const m = entry.mutation;
    expect(mutationSchema.safeParse(m).success).toBe(true);
    expect(uuidSchema.safeParse(m.mutationId).success).toBe(true);
    expect(m).toMatchObject({
      clientSeq: 1,
      table: 'households',
      recordId: id,
      teamId,
      householdId: null,
      op: 'put',
      baseRev: 0,
      schemaVersion: SCHEMA_VERSION,
      changedFields: { ...demoHousehold, consent: 'onbekend' },
    });
    expect(m.clientId).toBe((await loadDevice(tab.db)).clientId);
    // Every field carries the stamp of the write that set it.
    expect(Object.values(stored!.stamps)).toEqual(Array(5).fill(m.hlc));
    expect(m.hlc.endsWith(`:${m.clientId}`)).toBe(true);
  });

  it('puts only the changed fields in later mutations, with rising clientSeq and HLC, same clientId', async () => {
    const clock = fakeClock();
    const tab = openTab({ now: clock.now });
    const id = await createHousehold(tab, teamId);
    // The wall clock stands still and even goes back: the HLC must still rise.
    expect(await tab.households.update(id, { members: 'Vader en moeder' })).toEqual({ ok: true });
    clock.advance(-60_000);
    expect(await tab.households.update(id, { reportReason: 'Zorgen van buren', label: demoHousehold.label })).toEqual({ ok: true });
    clock.advance(120_000);
    expect(await tab.households.update(id, { consent: 'gegeven' })).toEqual({ ok: true });

    const mutations = (await outbox(tab)).map((e) => e.mutation);
    expect(mutations.map((m) => m.changedFields)).toEqual([
      { ...demoHousehold, consent: 'onbekend' },
      { members: 'Vader en moeder' },
      { reportReason: 'Zorgen van buren' }, // the label was unchanged
      { consent: 'gegeven' },
    ]);
    expect(mutations.map((m) => m.clientSeq)).toEqual([1, 2, 3, 4]);
    expect(new Set(mutations.map((m) => m.clientId)).size).toBe(1);
    expect(new Set(mutations.map((m) => m.mutationId)).size).toBe(4);
    for (let i = 1; i < mutations.length; i++) expect(mutations[i]!.hlc > mutations[i - 1]!.hlc).toBe(true);

    const stored = await row(tab, 'households', id);
    expect(stored!.version).toBe(4);
    expect(stored!.stamps).toEqual({
      label: mutations[0]!.hlc,
      reportedBy: mutations[0]!.hlc,
      members: mutations[1]!.hlc,
      reportReason: mutations[2]!.hlc,
      consent: mutations[3]!.hlc,
    });
  });

  it('uses the record revision the device has seen as baseRev', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.db.records.update(['households', id], { rev: 7 });
    await tab.households.update(id, { members: 'Twee volwassenen' });
    const last = (await outbox(tab)).at(-1)!.mutation;
    expect(last.baseRev).toBe(7);
    expect((await row(tab, 'households', id))!.rev).toBe(7);
  });

  it('writes nothing when the value did not change (also after trimming)', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const before = await snapshot(tab);
    expect(await tab.households.update(id, { label: demoHousehold.label })).toEqual({ ok: true });
    expect(await tab.households.update(id, { label: `  ${demoHousehold.label} ` })).toEqual({ ok: true });
    expect(await tab.households.update(id, {})).toEqual({ ok: true });
    expect(await snapshot(tab)).toEqual(before);
  });

  it('tells listeners after a committed write, not after a write that changed nothing', async () => {
    const tab = openTab();
    let calls = 0;
    const stop = tab.store.onLocalWrite(() => calls++);
    const id = await createHousehold(tab, teamId);
    expect(calls).toBe(1);
    await tab.households.update(id, { label: demoHousehold.label });
    expect(calls).toBe(1);
    stop();
    await tab.households.update(id, { members: 'Anders' });
    expect(calls).toBe(1);
  });
});

describe('RecordStore: invalid input is refused in Dutch and nothing is written', () => {
  async function expectRefused(
    write: () => Promise<WriteResult>,
    expected: { field: string; message: RegExp },
  ) {
    const result = await write();
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual({ field: expected.field, message: expect.stringMatching(expected.message) });
  }

  it('refuses a score of 11, an over-long text and an unknown field; earlier values stay', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    expect(await tab.mapEntries.update(householdId, 'inkomen', { scoreResident: 6, experience: 'Redt het net' })).toEqual({ ok: true });
    const entryId = `${householdId}.inkomen`;
    const before = await snapshot(tab);

    await expectRefused(() => tab.mapEntries.update(householdId, 'inkomen', { scoreResident: 11 }), {
      field: 'scoreResident',
      message: /^Het cijfer is maximaal 10\.$/,
    });
    await expectRefused(() => tab.mapEntries.update(householdId, 'inkomen', { scoreWorker: 0 }), {
      field: 'scoreWorker',
      message: /^Het cijfer is minimaal 1\.$/,
    });
    await expectRefused(() => tab.mapEntries.update(householdId, 'inkomen', { experience: 'x'.repeat(20_001) }), {
      field: 'experience',
      message: /^Deze tekst is te lang: maximaal 20\.000 tekens\.$/,
    });
    await expectRefused(() => tab.households.update(householdId, { label: 'y'.repeat(121) }), {
      field: 'label',
      message: /te lang/,
    });
    await expectRefused(() => tab.households.update(householdId, { bsn: '123456789' }), {
      field: 'bsn',
      message: /^Onbekend veld "bsn"\.$/,
    });
    // One bad field spoils the whole change: the valid field next to it is not written either.
    await expectRefused(() => tab.mapEntries.update(householdId, 'inkomen', { situation: 'Nieuw', scoreResident: 11 }), {
      field: 'scoreResident',
      message: /maximaal 10/,
    });

    expect(await snapshot(tab)).toEqual(before);
    expect(await fieldsOf(tab, 'mapEntries', entryId)).toMatchObject({ scoreResident: 6, experience: 'Redt het net' });
  });

  it('refuses a household without a label, or with only spaces', async () => {
    const tab = openTab();
    await expectRefused(() => tab.households.create(teamId, { ...demoHousehold, label: '   ' }), {
      field: 'label',
      message: /^Geef het huishouden een korte naam/,
    });
    await expectRefused(() => tab.store.put({ table: 'households', id: uuidv7(), teamId, householdId: null }, { members: 'x' }), {
      field: 'label',
      message: /^Verplicht veld "label" ontbreekt\.$/,
    });
    const id = await createHousehold(tab, teamId);
    await expectRefused(() => tab.households.update(id, { label: '' }), { field: 'label', message: /korte naam/ });
    expect((await fieldsOf(tab, 'households', id))!.label).toBe(demoHousehold.label);
    expect(await tab.db.records.count()).toBe(1);
    expect(await tab.db.outbox.count()).toBe(1);
  });
});

describe('RecordStore: record and mutation commit together or not at all', () => {
  it('keeps the old record when the outbox write fails', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const before = await snapshot(tab);
    const failing = () => {
      throw new Error('disk full');
    };
    tab.db.outbox.hook('creating', failing);
    await expect(tab.households.update(id, { members: 'Verloren?' })).rejects.toThrow('disk full');
    tab.db.outbox.hook('creating').unsubscribe(failing);

    expect(await snapshot(tab)).toEqual(before);
    // The device clock was not advanced either (it lives in the same transaction).
    expect((await loadDevice(tab.db)).clientSeq).toBe(1);
    // And the store still works afterwards.
    expect(await tab.households.update(id, { members: 'Wel bewaard' })).toEqual({ ok: true });
    expect((await outbox(tab)).map((e) => e.mutation.clientSeq)).toEqual([1, 2]);
  });

  it('queues no mutation when the record write fails', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const failing = () => {
      throw new Error('quota');
    };
    tab.db.records.hook('updating', failing);
    await expect(tab.households.update(id, { members: 'Verloren?' })).rejects.toThrow('quota');
    tab.db.records.hook('updating').unsubscribe(failing);
    expect(await tab.db.outbox.count()).toBe(1);
    expect((await fieldsOf(tab, 'households', id))!.members).toBe(demoHousehold.members);
  });
});
