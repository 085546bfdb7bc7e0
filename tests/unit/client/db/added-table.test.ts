import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';

// A table added the way the next ones are: one definition and one entry in tables.ts, nothing else.
vi.mock('../../../../src/domain/records/tables', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/domain/records/tables')>();
  const { defineTable } = await import('../../../../src/domain/records/define-table');
  const { textField, isoDateField } = await import('../../../../src/domain/records/fields');
  const notesTable = defineTable({ fields: { text: textField(200), dueOn: isoDateField() }, required: ['text'], inHousehold: false });
  const tables = { ...original.tables, notes: notesTable };
  return { ...original, tables, ...original.tableIndex(tables), tableSpec: (name: keyof typeof tables) => tables[name] };
});

const { applyMutation, mutationSchema, toSyncRecord, uuidv7, validateFields } = await import('../../../../src/domain');
const { applyServerRecords, createDataLayer } = await import('../../../../src/client/db');

describe('a synced table added in a fixture', () => {
  it('is validated, stored, queued, merged by the server and applied on another device', async () => {
    const teamId = uuidv7();
    const id = uuidv7();
    const writer = createDataLayer({ name: `added-a-${id}`, contentVersion: CONTENT_VERSION });
    const reader = createDataLayer({ name: `added-b-${id}`, contentVersion: CONTENT_VERSION });
    const target = { table: 'notes' as never, id, teamId, householdId: null };

    expect((await writer.store.put(target, { text: 5 })).ok).toBe(false);
    expect((await writer.store.put(target, { text: 'Bel de woningcorporatie', dueOn: '2026-12-24' })).ok).toBe(true);

    const [entry] = await writer.db.outbox.toArray();
    const [mutation] = await (await import('../../../../src/client/db')).openMutations(writer.store.codec, [entry!]);
    // What the server does with a push: the protocol schema, the table's rules, the merge.
    const sent = mutationSchema.parse(mutation);
    expect(validateFields(sent.table, sent.changedFields, true).ok).toBe(true);
    const applied = applyMutation(undefined, sent, 1);
    await applyServerRecords(reader.store, [toSyncRecord(applied.record)], { cursor: { teamId, value: 1 } });

    const received = await reader.store.read('notes' as never, id);
    expect(received?.fields).toEqual({ text: 'Bel de woningcorporatie', dueOn: '2026-12-24' });
  });
});
