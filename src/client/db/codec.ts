import type { Fields, TableName } from '../../domain';

/**
 * How record contents are stored at rest. The seam for encryption: an AES-GCM codec (fresh IV
 * per write, table and id as additional data) replaces the plain one without touching any
 * repository or screen. Encoding is async and must happen BEFORE a Dexie transaction opens:
 * awaiting WebCrypto inside a transaction would commit it early.
 */
export interface RecordCodec {
  encode(table: TableName, id: string, fields: Fields): Promise<unknown>;
  decode(table: TableName, id: string, payload: unknown): Promise<Fields>;
}

export const plainCodec: RecordCodec = {
  encode: async (_table, _id, fields) => fields,
  decode: async (_table, _id, payload) => (payload ?? {}) as Fields,
};
