/** Reading and writing synced records: rows with JSON text columns ↔ the domain's ServerRecord. */
import type { Insertable, Selectable } from 'kysely';
import type { Hlc } from '../../domain/hlc';
import type { ServerRecord } from '../../domain/merge';
import type { TableName } from '../../domain/records/tables';
import type { Fields } from '../../domain/records/validate';
import { recordAad, type Sealer } from '../crypto/sealer';
import { selectByIds } from './chunks';
import { decodeFieldMap, encodeFieldMap } from './field-meta';
import { insertRows, type RowsInsert } from './multi-row-insert';
import type { Db, RecordsTable } from './schema';

/** A stored row as the domain's record; its contents are opened (decrypted) in memory only. */
export function toServerRecord(row: Selectable<RecordsTable>, sealer: Sealer): ServerRecord {
  return {
    table: row.table_name as TableName,
    id: row.id,
    teamId: row.team_id,
    householdId: row.household_id,
    fields: JSON.parse(sealer.open(row.fields, recordAad(row))) as Fields,
    stamps: decodeFieldMap<Hlc>(row.stamps),
    fieldRevs: decodeFieldMap<number>(row.field_revs),
    deleted: row.deleted === 1,
    rev: row.seq,
  };
}

/** The records with these ids that exist (any team, any table). */
export async function loadRecords(db: Db, sealer: Sealer, ids: readonly string[]): Promise<ServerRecord[]> {
  const rows = await selectByIds(db, ids, ({ operator, value }) => db.selectFrom('records').selectAll().where('id', operator, value).execute());
  return rows.map((row) => toServerRecord(row, sealer));
}

/**
 * The row of a record. Only the contents are sealed: the stamps (HLCs per field name) and
 * revisions stay plain, so the merge can compare them, and they say nothing about a person.
 */
function toRow(record: ServerRecord, updatedAt: string, sealer: Sealer): Insertable<RecordsTable> {
  const place = { id: record.id, table_name: record.table, team_id: record.teamId };
  return {
    id: record.id,
    table_name: record.table,
    team_id: record.teamId,
    household_id: record.householdId,
    fields: sealer.seal(JSON.stringify(record.fields), recordAad(place)),
    stamps: encodeFieldMap(record.stamps),
    field_revs: encodeFieldMap(record.fieldRevs),
    deleted: record.deleted ? 1 : 0,
    seq: record.rev,
    updated_at: updatedAt,
  };
}

function toRows(records: readonly ServerRecord[], now: Date, sealer: Sealer): Insertable<RecordsTable>[] {
  const updatedAt = now.toISOString();
  return records.map((record) => toRow(record, updatedAt, sealer));
}

/**
 * New records. A plain INSERT, not an upsert: when another transaction created the same id
 * meanwhile (another team, whose counter row this one does not hold), the unique key fails and
 * the push runs again, and then sees that record (see withRetries).
 */
export async function insertRecords(db: Db, sealer: Sealer, records: readonly ServerRecord[], now: Date): Promise<void> {
  await insertRows(db, 'records', toRows(records, now, sealer));
}
/**
 * Records that exist: a multi-row upsert, the one way to update many rows in one statement
 * that both SQLite and PostgreSQL take. Only the changing columns are set; the id, table, team
 * and household of a record never change.
 */
export async function updateRecords(db: Db, sealer: Sealer, records: readonly ServerRecord[], now: Date): Promise<void> {
  await insertRows(db, 'records', toRows(records, now, sealer), updateOnConflict);
}

/** What `insertRecords` and `updateRecords` would write, for a caller that sends it with other rows (multi-row-insert.ts). */
export function recordWrites(sealer: Sealer, created: readonly ServerRecord[], changed: readonly ServerRecord[], now: Date): RowsInsert[] {
  return [
    { table: 'records', rows: toRows(created, now, sealer) },
    { table: 'records', rows: toRows(changed, now, sealer), tail: updateOnConflict },
  ];
}

const updateOnConflict =
  'on conflict (id) do update set fields = excluded.fields, stamps = excluded.stamps, field_revs = excluded.field_revs, ' +
  'deleted = excluded.deleted, seq = excluded.seq, updated_at = excluded.updated_at';

/** The live records of a household (not the household itself), for the cascade of its delete. */
export async function liveRecordsOfHousehold(db: Db, sealer: Sealer, teamId: string, householdId: string): Promise<ServerRecord[]> {
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('household_id', '=', householdId)
    .where('deleted', '=', 0)
    .orderBy('seq')
    .execute();
  return rows.map((row) => toServerRecord(row, sealer));
}

/** The household a record is about: a household is its own. */
export function householdOf(record: Pick<ServerRecord, 'table' | 'id' | 'householdId'>): string | null {
  return record.table === 'households' ? record.id : record.householdId;
}
