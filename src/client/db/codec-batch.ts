import type { Fields, SyncRecord, TableName } from '../../domain';
import type { RecordCodec } from './codec';
import type { StoredRecord } from './database';

/**
 * Many records through the codec at once, never inside a Dexie transaction (awaiting WebCrypto
 * there would commit it early). Every batch of decodes or encodes goes through these two, so an
 * encrypting codec that can work on a batch (one key lookup, parallel AES-GCM) plugs in here.
 */
export async function decodeRecords(codec: RecordCodec, rows: readonly StoredRecord[]): Promise<SyncRecord[]> {
  // A tombstone holds no contents, so there is nothing to decode (or decrypt).
  const fields = await Promise.all(rows.map((r) => (r.deleted === 1 ? {} : codec.decode(r.table, r.id, r.payload))));
  return rows.map((stored, i) => ({
    table: stored.table,
    id: stored.id,
    teamId: stored.teamId,
    householdId: stored.householdId,
    fields: fields[i]!,
    stamps: stored.stamps,
    deleted: stored.deleted === 1,
    rev: stored.rev,
  }));
}

export function encodeFields(codec: RecordCodec, items: readonly { table: TableName; id: string; fields: Fields }[]): Promise<unknown[]> {
  return Promise.all(items.map((item) => codec.encode(item.table, item.id, item.fields)));
}
