import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type Fields } from '../../../../src/domain';
import {
  applyPushResults,
  applyServerRecords,
  getHousehold,
  listContacts,
  listHouseholdSummaries,
  listMapEntries,
  plainCodec,
  type RecordCodec,
} from '../../../../src/client/db';
import { createHousehold, openTab, outbox, remoteStamp, serverRecord } from './helpers';

const teamId = uuidv7();

/**
 * Stands in for the AES-GCM codec: contents become an opaque string bound to table and id
 * (like additional data), so a payload read under another table or id is refused.
 */
function sealingCodec() {
  const calls: { op: 'encode' | 'decode'; table: string; id: string; mutationId?: string }[] = [];
  const codec: RecordCodec = {
    async encode(table, id, fields, mutationId) {
      calls.push({ op: 'encode', table, id, mutationId });
      // A fresh nonce per write, like AES-GCM's IV: the same contents never look the same twice.
      return { enc: Buffer.from(JSON.stringify({ nonce: uuidv7(), table, id, mutationId, fields })).toString('base64') };
    },
    async decode(table, id, payload, mutationId) {
      calls.push({ op: 'decode', table, id, mutationId });
      const { enc } = payload as { enc: string };
      const sealed = JSON.parse(Buffer.from(enc, 'base64').toString('utf8')) as { table: string; id: string; mutationId?: string; fields: Fields };
      if (sealed.table !== table || sealed.id !== id || sealed.mutationId !== mutationId) throw new Error('payload belongs to another record');
      return sealed.fields;
    },
  };
  return { codec, calls };
}

const secrets = ['Dorpsstraat 7', 'Oma woont in', 'Buurvrouw', 'Angst voor post', 'Slaapt slecht', 'Hulp van de kerk', 'Van de server'];

describe('a custom RecordCodec is the only way contents reach the store', () => {
  it('encodes every written record, decodes every read, and leaves no contents in the row', async () => {
    const { codec, calls } = sealingCodec();
    const tab = openTab({ codec });
    const householdId = await createHousehold(tab, teamId, {
      label: 'Dorpsstraat 7',
      members: 'Oma woont in',
      reportedBy: 'Buurvrouw',
      reportReason: 'Angst voor post',
    });
    const contact = await tab.contacts.start(householdId, 'huisbezoek');
    if (!contact.ok) throw new Error('contact not started');
    await tab.contacts.answer(contact.id, 'eerste-vraag', 'Slaapt slecht');
    await tab.mapEntries.update(householdId, 'netwerk', { experience: 'Hulp van de kerk', scoreResident: 7 });
    const remoteId = uuidv7();
    await applyServerRecords(tab.store, [
      serverRecord({ table: 'households', id: remoteId, teamId, fields: { label: 'Van de server' }, stamps: { label: remoteStamp(Date.now()) } }),
    ]);

    const expectSealed = (rows: { payload: unknown }[]) => {
      for (const r of rows) {
        expect(Object.keys(r.payload as object)).toEqual(['enc']);
        const visible = JSON.stringify(r);
        for (const secret of secrets) expect(visible).not.toContain(secret);
      }
    };
    const rows = await tab.db.records.toArray();
    expect(rows).toHaveLength(4);
    expectSealed(rows);
    // The households' summaries (a local read model) hold a label too: sealed the same way.
    const summaries = await tab.db.summaries.toArray();
    expect(summaries).toHaveLength(2);
    expectSealed(summaries);
    expect(calls.filter((c) => c.op === 'encode' && c.id.startsWith('summary:')).length).toBeGreaterThanOrEqual(2);
    // The unsent changes in the outbox are sealed too, each under its own mutation id.
    const outbox = await tab.db.outbox.toArray();
    for (const entry of outbox) {
      expect(Object.keys(entry.mutation.changedFields as object)).toEqual(['enc']);
      for (const secret of secrets) expect(JSON.stringify(entry)).not.toContain(secret);
    }
    // Each write encoded its own record, under its own table and id.
    const encoded = calls
      .filter((c) => c.op === 'encode' && !c.id.startsWith('summary:') && c.mutationId === undefined)
      .map((c) => `${c.table}/${c.id}`);
    expect(encoded).toEqual([
      `households/${householdId}`,
      `contacts/${contact.id}`,
      `contacts/${contact.id}`,
      `mapEntries/${householdId}.netwerk`,
      `households/${remoteId}`,
    ]);

    // Reads go through the codec.
    calls.length = 0;
    expect((await listHouseholdSummaries(tab.store, teamId, '2026-03-20'))!.map((h) => h.label).sort()).toEqual(['Dorpsstraat 7', 'Van de server']);
    expect(await getHousehold(tab.store, householdId)).toMatchObject({ members: 'Oma woont in', reportReason: 'Angst voor post' });
    expect((await listContacts(tab.store, householdId))[0]!.answers).toEqual({ 'eerste-vraag': 'Slaapt slecht' });
    expect((await listMapEntries(tab.store, householdId))[0]).toMatchObject({ experience: 'Hulp van de kerk', scoreResident: 7 });
    expect(calls.every((c) => c.op === 'decode')).toBe(true);
    expect(calls).toHaveLength(5);
  });

  it('merges through the codec: an update keeps the other fields, a push answer re-encodes', async () => {
    const { codec } = sealingCodec();
    const tab = openTab({ codec });
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Nieuw' });
    expect(await tab.store.read('households', id)).toMatchObject({ fields: { label: 'Lindelaan 12', members: 'Nieuw', consent: 'onbekend' } });
    // An unchanged value is detected on decoded contents, not on the (always different) ciphertext.
    await tab.households.update(id, { members: 'Nieuw' });
    expect(await tab.db.outbox.count()).toBe(2);

    const results = [];
    for (const { mutation } of await outbox(tab)) {
      results.push({ mutationId: mutation.mutationId, status: 'applied' as const, record: { ...(await tab.store.read('households', id))!, rev: 2 } });
    }
    await applyPushResults(tab.store, results);
    const stored = await tab.db.records.get(['households', id]);
    expect(stored!.rev).toBe(2);
    expect(JSON.stringify(stored)).not.toContain('Nieuw');
    expect((await tab.store.read('households', id))!.fields.members).toBe('Nieuw');
  });

  it('binds a payload to its record: contents copied to another id cannot be read', async () => {
    const { codec } = sealingCodec();
    const tab = openTab({ codec });
    const a = await createHousehold(tab, teamId, { label: 'A-straat 1' });
    const b = await createHousehold(tab, teamId, { label: 'B-straat 2' });
    const rowA = await tab.db.records.get(['households', a]);
    await tab.db.records.update(['households', b], { payload: rowA!.payload });
    await expect(tab.store.read('households', b)).rejects.toThrow('another record');
    // Writes read through the codec too, so they refuse rather than overwrite with wrong contents.
    await expect(tab.households.update(b, { members: 'x' })).rejects.toThrow('another record');
  });

  it('the plain codec stores fields as they are (the default until encryption is wired)', async () => {
    const tab = openTab({ codec: plainCodec });
    const id = await createHousehold(tab, teamId);
    expect((await tab.db.records.get(['households', id]))!.payload).toMatchObject({ label: 'Lindelaan 12' });
    expect(await plainCodec.decode('households', id, undefined)).toEqual({});
  });
});
