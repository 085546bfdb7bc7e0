import type { Fields } from '../../domain';

/**
 * How record contents are stored at rest. Encoding is async and must happen BEFORE a Dexie
 * transaction opens: awaiting WebCrypto inside a transaction would commit it early.
 *
 * `table` and `id` (and for an outbox entry the mutation id) are bound to the encoded value: the
 * sealed codec (sealed-codec.ts) refuses to decode it under any other. `table` is a record
 * table, or the name of another sealed kind (`session`); summaries use `summary:<id>` ids.
 */
export interface RecordCodec {
  encode(table: string, id: string, fields: Fields, mutationId?: string): Promise<unknown>;
  decode(table: string, id: string, payload: unknown, mutationId?: string): Promise<Fields>;
}

/** For tests of the store's logic, and the test-only plain build that proves the canary probe. */
export const plainCodec: RecordCodec = {
  encode: async (_table, _id, fields) => fields,
  decode: async (_table, _id, payload) => (payload ?? {}) as Fields,
};
