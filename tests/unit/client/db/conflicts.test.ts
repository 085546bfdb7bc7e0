import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type SyncRecord } from '../../../../src/domain';
import { applyServerRecords, listConflicts, wipeDevice } from '../../../../src/client/db';
import { ackAll, createHousehold, demoHousehold, openTab, outbox, remoteStamp, serverCopy, serverRecord } from './helpers';

const teamId = uuidv7();

describe('conflicts ("twee versies")', () => {
  function conflict(householdId: string, id: string, text: string, losingWall: number, resolved = false): SyncRecord {
    const stamp = remoteStamp(losingWall + 10);
    const fields = {
      table: 'households',
      recordId: householdId,
      field: 'reportReason',
      text,
      losingHlc: remoteStamp(losingWall, 'other-device'),
      resolved,
    };
    return serverRecord({
      table: 'conflicts',
      id,
      teamId,
      householdId,
      fields,
      stamps: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])),
      rev: 3,
    });
  }

  it('lists unresolved conflicts newest first, and resolving one writes the text and hides it', async () => {
    const tab = openTab();
    const householdId = await createHousehold(tab, teamId);
    const wall = Date.now() - 10_000;
    await applyServerRecords(tab.store, [
      conflict(householdId, 'c-old', 'Oudere tekst', wall),
      conflict(householdId, 'c-new', 'Nieuwere tekst', wall + 1000),
      conflict(householdId, 'c-done', 'Al opgelost', wall + 2000, true),
    ]);
    expect(await listConflicts(tab.store, householdId)).toEqual([
      { id: 'c-new', table: 'households', recordId: householdId, field: 'reportReason', text: 'Nieuwere tekst', losingHlc: remoteStamp(wall + 1000, 'other-device') },
      expect.objectContaining({ id: 'c-old', text: 'Oudere tekst' }),
    ]);

    expect(await tab.conflicts.resolve('c-new', 'Samengevoegde tekst')).toEqual({ ok: true });
    expect((await listConflicts(tab.store, householdId)).map((c) => c.id)).toEqual(['c-old']);
    expect((await tab.store.read('households', householdId))!.fields.reportReason).toBe('Samengevoegde tekst');
    const last = (await outbox(tab)).slice(-2).map((e) => [e.mutation.table, e.mutation.changedFields]);
    expect(last).toEqual([
      ['households', { reportReason: 'Samengevoegde tekst' }],
      ['conflicts', { resolved: true }],
    ]);
    expect(await tab.conflicts.resolve('bestaat-niet', 'x')).toEqual({
      ok: false,
      errors: [{ field: '', code: 'conflict-resolved' }],
    });
  });

  describe('a text synced in while a form showed the older one', () => {
    /** A household whose reason a colleague changed after this device's form had opened. */
    async function colleagueChangedReason() {
      const tab = openTab();
      const householdId = await createHousehold(tab, teamId);
      await ackAll(tab);
      const remote = await serverCopy(tab, 'households', householdId, 2);
      const stamp = remoteStamp(Date.now(), 'other-device');
      await applyServerRecords(tab.store, [
        { ...remote, fields: { ...remote.fields, reportReason: 'Buren horen geschreeuw.' }, stamps: { ...remote.stamps, reportReason: stamp } },
      ]);
      return { tab, householdId, stamp };
    }

    it('is kept as "twee versies" when the form saves over it, in the same write', async () => {
      const { tab, householdId, stamp } = await colleagueChangedReason();
      const seen = { reportReason: demoHousehold.reportReason };
      expect(await tab.households.update(householdId, { reportReason: `${demoHousehold.reportReason} Meer info.` }, seen)).toEqual({ ok: true });

      expect((await tab.store.read('households', householdId))!.fields.reportReason).toBe(`${demoHousehold.reportReason} Meer info.`);
      expect(await listConflicts(tab.store, householdId)).toEqual([
        expect.objectContaining({ table: 'households', recordId: householdId, field: 'reportReason', text: 'Buren horen geschreeuw.', losingHlc: stamp }),
      ]);
      // Both travel to the team: the new text and the kept one.
      expect((await outbox(tab)).map((e) => e.mutation.table)).toEqual(['households', 'conflicts']);
    });

    it('is no conflict when it is this device’s own text (a save that landed after the form read)', async () => {
      const tab = openTab();
      const householdId = await createHousehold(tab, teamId);
      await tab.households.update(householdId, { reportReason: 'Huurachterstand, sinds mei.' });
      await tab.households.update(householdId, { reportReason: 'Huurachterstand, sinds mei. Gebeld.' }, { reportReason: demoHousehold.reportReason });
      expect(await listConflicts(tab.store, householdId)).toEqual([]);
    });

    it('is no conflict after a wipe gave the device a new id either (the old id is not kept)', async () => {
      const tab = openTab();
      const first = await createHousehold(tab, teamId);
      // Judge one write by the device's id, so the store has it in hand.
      await tab.households.update(first, { reportReason: 'Eerste.' }, { reportReason: demoHousehold.reportReason });
      await wipeDevice(tab.db, 'ingetrokken');
      const householdId = await createHousehold(tab, teamId);
      await tab.households.update(householdId, { reportReason: 'Huurachterstand, sinds mei.' });
      await tab.households.update(householdId, { reportReason: 'Huurachterstand, sinds mei. Gebeld.' }, { reportReason: demoHousehold.reportReason });
      expect(await listConflicts(tab.store, householdId)).toEqual([]);
    });

    it('is simply replaced when the form showed it, or when the write says nothing of what it showed', async () => {
      const { tab, householdId } = await colleagueChangedReason();
      await tab.households.update(householdId, { reportReason: 'Buren horen geschreeuw. Gebeld.' }, { reportReason: 'Buren horen geschreeuw.' });
      await tab.households.update(householdId, { reportReason: 'Gebeld met de buren.' });
      expect(await listConflicts(tab.store, householdId)).toEqual([]);
    });
  });
});
