import { describe, expect, it } from 'vitest';
import { applyMutation, conflictId, toSyncRecord, type ServerRecord } from '../../../src/domain/merge';
import type { Mutation } from '../../../src/domain/sync-protocol';
import { validateFields } from '../../../src/domain/records/validate';
import { DEVICE_A, DEVICE_B, HOUSEHOLD, TEAM, fixedUuid, mutation, stampAt } from './fixtures';

const DEVICE_C = fixedUuid(0xde, 0xc);

/** The household as it stands on the server after device A created it at revision 1. */
function created(fields: Record<string, string> = { label: 'Dorpsstraat 1', reportReason: 'Melding buren' }): ServerRecord {
  return applyMutation(undefined, mutation({ changedFields: fields, hlc: stampAt(0, DEVICE_A) }), 1).record;
}

/** A change from `clientId`, stamped `offsetMs` after T0, made on top of revision `baseRev`. */
function edit(clientId: string, offsetMs: number, baseRev: number, changedFields: Mutation['changedFields']): Mutation {
  return mutation({ clientId, hlc: stampAt(offsetMs, clientId), baseRev, changedFields });
}

describe('applyMutation: creating and last-writer-wins', () => {
  it('creates a record at the given revision with the envelope of the mutation', () => {
    const m = mutation({ changedFields: { label: 'Dorpsstraat 1' } });
    const { record, changed, conflicts } = applyMutation(undefined, m, 7);
    expect(changed).toBe(true);
    expect(conflicts).toEqual([]);
    expect(record).toEqual({
      table: 'households',
      id: HOUSEHOLD,
      teamId: TEAM,
      householdId: null,
      fields: { label: 'Dorpsstraat 1' },
      stamps: { label: m.hlc },
      fieldRevs: { label: 7 },
      deleted: false,
      rev: 7,
    });
  });

  it('lets the greater stamp win per field, independently', () => {
    const base = applyMutation(
      created(),
      edit(DEVICE_A, 10, 1, { members: 'Twee volwassenen', consent: 'gegeven' }),
      2,
    ).record;
    const m = mutation({
      clientId: DEVICE_B,
      hlc: stampAt(5, DEVICE_B),
      baseRev: 2,
      changedFields: { consent: 'geweigerd', label: 'Dorpsstraat 1a' },
    });
    const { record, changed } = applyMutation(base, m, 3);
    expect(changed).toBe(true);
    expect(record.fields).toMatchObject({ consent: 'gegeven', label: 'Dorpsstraat 1a', members: 'Twee volwassenen' });
    expect(record.stamps.consent).toBe(stampAt(10, DEVICE_A));
    expect(record.stamps.label).toBe(m.hlc);
    expect(record.fieldRevs).toMatchObject({ label: 3, consent: 2, members: 2 });
    expect(record.rev).toBe(3);
  });

  it('breaks a tie of wall time and counter by the device id, the same way everywhere', () => {
    const a = edit(DEVICE_A, 10, 1, { consent: 'gegeven' });
    const b = edit(DEVICE_B, 10, 1, { consent: 'geweigerd' });
    const ab = applyMutation(applyMutation(created(), a, 2).record, b, 3).record;
    const ba = applyMutation(applyMutation(created(), b, 2).record, a, 3).record;
    expect(ab.fields.consent).toBe('geweigerd');
    expect(ba.fields.consent).toBe('geweigerd');
  });

  it('changes nothing and keeps the revision when every field loses', () => {
    const base = applyMutation(created(), edit(DEVICE_A, 10, 1, { consent: 'gegeven' }), 2).record;
    const result = applyMutation(base, edit(DEVICE_A, 5, 1, { consent: 'geweigerd' }), 3);
    expect(result.changed).toBe(false);
    expect(result.record).toEqual(base);
  });

  it('changes nothing when the same write arrives twice', () => {
    const m = edit(DEVICE_B, 10, 0, { reportReason: 'Zorgen over schulden', consent: 'gegeven' });
    const once = applyMutation(created(), m, 2);
    const twice = applyMutation(once.record, m, 3);
    expect(twice.changed).toBe(false);
    expect(twice.conflicts).toEqual([]);
    expect(twice.record).toEqual(once.record);
  });

  it('does not modify the record it was given', () => {
    const before = created();
    const copy = structuredClone(before);
    applyMutation(before, edit(DEVICE_B, 10, 0, { reportReason: 'Andere tekst', consent: 'gegeven' }), 2);
    applyMutation(before, mutation({ op: 'delete', hlc: stampAt(11, DEVICE_B) }), 3);
    expect(before).toEqual(copy);
  });

  it('strips the per-field revisions for devices', () => {
    const record = created();
    const { fieldRevs: _f, ...rest } = record;
    expect(toSyncRecord(record)).toEqual(rest);
    expect('fieldRevs' in toSyncRecord(record)).toBe(false);
  });
});

describe('applyMutation: tombstones', () => {
  it('a delete drops every field and stamp', () => {
    const { record, changed } = applyMutation(created(), mutation({ op: 'delete', hlc: stampAt(1, DEVICE_B), clientId: DEVICE_B }), 2);
    expect(changed).toBe(true);
    expect(record).toMatchObject({ id: HOUSEHOLD, deleted: true, fields: {}, stamps: {}, fieldRevs: {}, rev: 2 });
  });

  it('a delete wins over a later write, whatever its stamp', () => {
    const tombstone = applyMutation(created(), mutation({ op: 'delete', hlc: stampAt(1, DEVICE_B) }), 2).record;
    const later = applyMutation(tombstone, edit(DEVICE_A, 1_000_000, 2, { reportReason: 'Nieuwe tekst' }), 3);
    expect(later).toEqual({ record: tombstone, conflicts: [], changed: false });
    const again = applyMutation(tombstone, mutation({ op: 'delete', hlc: stampAt(5, DEVICE_A) }), 4);
    expect(again.changed).toBe(false);
    expect(again.record.rev).toBe(2);
  });

  it('a delete of a record the server never saw leaves a tombstone', () => {
    const { record } = applyMutation(undefined, mutation({ op: 'delete' }), 9);
    expect(record).toMatchObject({ deleted: true, fields: {}, rev: 9, teamId: TEAM });
  });
});

describe('applyMutation: no text is silently lost', () => {
  it('keeps the server text as a conflict when a concurrent edit from another device wins', () => {
    const server = applyMutation(created(), edit(DEVICE_A, 10, 1, { reportReason: 'Tekst van A' }), 2).record;
    const m = edit(DEVICE_B, 20, 1, { reportReason: 'Tekst van B' });
    const { record, conflicts } = applyMutation(server, m, 3);
    expect(record.fields.reportReason).toBe('Tekst van B');
    expect(conflicts).toEqual([
      {
        id: conflictId(m.mutationId, 0),
        teamId: TEAM,
        householdId: HOUSEHOLD,
        fields: {
          table: 'households',
          recordId: HOUSEHOLD,
          field: 'reportReason',
          text: 'Tekst van A',
          losingHlc: stampAt(10, DEVICE_A),
          resolved: false,
        },
        hlc: m.hlc,
      },
    ]);
    expect(validateFields('conflicts', conflicts[0]!.fields, true).ok).toBe(true);
  });

  it('keeps the incoming text as a conflict when a concurrent edit loses', () => {
    const server = applyMutation(created(), edit(DEVICE_A, 30, 1, { reportReason: 'Tekst van A' }), 2).record;
    const m = edit(DEVICE_B, 20, 1, { reportReason: 'Tekst van B' });
    const { record, conflicts, changed } = applyMutation(server, m, 3);
    expect(changed).toBe(false);
    expect(record).toEqual(server);
    expect(conflicts.map((c) => [c.fields.text, c.fields.losingHlc])).toEqual([['Tekst van B', m.hlc]]);
  });

  it('makes no conflict when the writer had seen the text it replaces', () => {
    const server = applyMutation(created(), edit(DEVICE_A, 10, 1, { reportReason: 'Tekst van A' }), 2).record;
    expect(applyMutation(server, edit(DEVICE_B, 20, 2, { reportReason: 'Tekst van B' }), 3).conflicts).toEqual([]);
  });

  it('keeps a text that loses to a stamp its writer could not get past (a clock far ahead)', () => {
    // B's clock is two days ahead; A saw B's text (baseRev 2) but could not take over B's stamp.
    const ahead = 2 * 24 * 60 * 60 * 1000;
    const server = applyMutation(created(), edit(DEVICE_B, ahead, 1, { reportReason: 'Tekst van B' }), 2).record;
    const m = edit(DEVICE_A, 10, 2, { reportReason: 'Tekst van A' });
    const { record, conflicts, changed } = applyMutation(server, m, 3);
    expect(changed).toBe(false);
    expect(record.fields.reportReason).toBe('Tekst van B');
    expect(conflicts.map((c) => [c.fields.text, c.fields.losingHlc])).toEqual([['Tekst van A', m.hlc]]);
  });

  it('makes no conflict when the same device changes its own text again', () => {
    const server = applyMutation(created(), edit(DEVICE_A, 10, 1, { reportReason: 'Eerste versie' }), 2).record;
    expect(applyMutation(server, edit(DEVICE_A, 20, 1, { reportReason: 'Tweede versie' }), 3).conflicts).toEqual([]);
  });

  it('makes no conflict for value fields, equal texts, or an empty losing text', () => {
    const server = applyMutation(
      created(),
      edit(DEVICE_A, 10, 1, { consent: 'gegeven', reportReason: 'Zelfde', members: '  ' }),
      2,
    ).record;
    const m = edit(DEVICE_B, 20, 1, { consent: 'geweigerd', reportReason: 'Zelfde', members: 'Drie kinderen' });
    const { record, conflicts } = applyMutation(server, m, 3);
    expect(conflicts).toEqual([]);
    expect(record.fields).toMatchObject({ consent: 'geweigerd', members: 'Drie kinderen' });
    const losingEmpty = applyMutation(record, edit(DEVICE_C, 15, 1, { members: '' }), 4);
    expect(losingEmpty.conflicts).toEqual([]);
  });

  it('keeps the losing text of a field the other device created concurrently', () => {
    const server = created({ label: 'Dorpsstraat 1' });
    const a = applyMutation(server, edit(DEVICE_A, 10, 1, { members: 'Versie A' }), 2).record;
    const { conflicts } = applyMutation(a, edit(DEVICE_B, 20, 0, { members: 'Versie B' }), 3);
    expect(conflicts.map((c) => c.fields.text)).toEqual(['Versie A']);
  });

  it('treats answer fields as free text and topic fields as values', () => {
    const contactId = fixedUuid(0xc0, 1);
    const contact = (clientId: string, offset: number, baseRev: number, changedFields: Mutation['changedFields']) =>
      mutation({ table: 'contacts', recordId: contactId, householdId: HOUSEHOLD, clientId, hlc: stampAt(offset, clientId), baseRev, changedFields });
    const first = applyMutation(
      undefined,
      contact(DEVICE_A, 1, 0, { channel: 'eropaf', startedAt: '2026-03-10T14:00:00+01:00', 'answer.eerste-vraag': 'A' }),
      1,
    ).record;
    const { conflicts } = applyMutation(first, contact(DEVICE_B, 2, 0, { 'answer.eerste-vraag': 'B', channel: 'loket' }), 2);
    expect(conflicts.map((c) => [c.fields.field, c.fields.text, c.householdId])).toEqual([['answer.eerste-vraag', 'A', HOUSEHOLD]]);

    const entryId = `${HOUSEHOLD}.huisvesting`;
    const entry = (clientId: string, offset: number, changedFields: Mutation['changedFields']) =>
      mutation({ table: 'mapEntries', recordId: entryId, householdId: HOUSEHOLD, clientId, hlc: stampAt(offset, clientId), baseRev: 0, changedFields });
    const e1 = applyMutation(undefined, entry(DEVICE_A, 1, { subdomainId: 'huisvesting', 'topic.woonlasten': true }), 1).record;
    expect(applyMutation(e1, entry(DEVICE_B, 2, { subdomainId: 'huisvesting', 'topic.woonlasten': false }), 2).conflicts).toEqual([]);
  });

  it('gives conflicts deterministic, distinct ids: the mutation id and the field position', () => {
    const server = applyMutation(
      created(),
      edit(DEVICE_A, 10, 1, { reportReason: 'A-reden', members: 'A-leden', reportedBy: 'A-melder' }),
      2,
    ).record;
    const m = edit(DEVICE_B, 20, 1, { reportedBy: 'B-melder', members: 'B-leden', consent: 'gegeven', reportReason: 'B-reden' });
    const first = applyMutation(server, m, 3).conflicts;
    const retried = applyMutation(server, m, 3).conflicts;
    expect(retried).toEqual(first);
    // Fields are handled in sorted order: consent, members, reportReason, reportedBy.
    expect(first.map((c) => [c.id, c.fields.field])).toEqual([
      [conflictId(m.mutationId, 1), 'members'],
      [conflictId(m.mutationId, 2), 'reportReason'],
      [conflictId(m.mutationId, 3), 'reportedBy'],
    ]);
  });

  it('finds the right conflict with three devices: only the text the writer had not seen', () => {
    // A writes at rev 2; C saw it and rewrote at rev 3; B, still on rev 1, meets C's text.
    const afterA = applyMutation(created(), edit(DEVICE_A, 10, 1, { reportReason: 'A' }), 2).record;
    const afterC = applyMutation(afterA, edit(DEVICE_C, 20, 2, { reportReason: 'C' }), 3);
    expect(afterC.conflicts).toEqual([]);
    const afterB = applyMutation(afterC.record, edit(DEVICE_B, 30, 1, { reportReason: 'B' }), 4);
    expect(afterB.conflicts.map((c) => c.fields.text)).toEqual(['C']);
  });
});
