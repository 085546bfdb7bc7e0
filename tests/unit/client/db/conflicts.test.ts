import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type SyncRecord } from '../../../../src/domain';
import { applyServerRecords, listConflicts } from '../../../../src/client/db';
import { createHousehold, openTab, outbox, remoteStamp, serverRecord } from './helpers';

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
      errors: [{ field: '', message: 'Deze versie is al opgelost.' }],
    });
  });
});
