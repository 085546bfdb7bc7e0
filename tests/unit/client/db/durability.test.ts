import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { uuidv7 } from '../../../../src/domain';
import { applyServerRecords } from '../../../../src/client/db';
import { createHousehold, openTab, remoteStamp, serverRecord } from './helpers';

/** Records the mode and durability of every IndexedDB transaction opened while it is installed. */
function recordTransactions() {
  const seen: { mode: string; durability: string; stores: string[] }[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
    const tx = original.apply(this, args);
    seen.push({ mode: tx.mode, durability: tx.durability, stores: [...tx.objectStoreNames] });
    return tx;
  });
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the device store commits with strict durability', () => {
  it('opens the database with chromeTransactionDurability strict', async () => {
    const tab = openTab();
    await tab.db.open();
    expect((tab.db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe(
      'strict',
    );
    await tab.db.transaction('rw', tab.db.records, tab.db.outbox, tab.db.meta, async () => {
      expect(Dexie.currentTransaction.idbtrans.durability).toBe('strict');
    });
  });

  it('every local write, delete and remote apply runs in a strict read-write transaction over records, outbox, meta and summaries', async () => {
    // Dexie binds IDBDatabase.transaction when it opens, so watch before opening.
    const seen = recordTransactions();
    const tab = openTab();
    await tab.db.open();
    seen.length = 0;
    const teamId = uuidv7();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Twee' });
    await applyServerRecords(tab.store, [
      serverRecord({ table: 'households', id: uuidv7(), teamId, fields: { label: 'Elders 1' }, stamps: { label: remoteStamp(Date.now()) } }),
    ]);
    await tab.households.erase(id);

    const writes = seen.filter((t) => t.mode === 'readwrite');
    expect(writes).toHaveLength(4);
    for (const t of writes) {
      expect(t.durability).toBe('strict');
      expect(t.stores.sort()).toEqual(['meta', 'outbox', 'records', 'summaries']);
    }
    expect(seen.every((t) => t.durability === 'strict')).toBe(true);
  });
});
