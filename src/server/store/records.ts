/** Reading and writing synced records: rows with JSON text columns ↔ the domain's ServerRecord. */
import type { Selectable } from 'kysely';
import type { Hlc } from '../../domain/hlc';
import type { ServerRecord } from '../../domain/merge';
import type { TableName } from '../../domain/records/tables';
import type { Fields } from '../../domain/records/validate';
import type { Db, RecordsTable } from './schema';

export function toServerRecord(row: Selectable<RecordsTable>): ServerRecord {
  return {
    table: row.table_name as TableName,
    id: row.id,
    teamId: row.team_id,
    householdId: row.household_id,
    fields: JSON.parse(row.fields) as Fields,
    stamps: JSON.parse(row.stamps) as Record<string, Hlc>,
    fieldRevs: JSON.parse(row.field_revs) as Record<string, number>,
    deleted: row.deleted === 1,
    rev: row.seq,
  };
}

export async function loadRecord(db: Db, id: string): Promise<ServerRecord | undefined> {
  const row = await db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toServerRecord(row);
}

export async function saveRecord(db: Db, record: ServerRecord, now: Date): Promise<void> {
  const columns = {
    fields: JSON.stringify(record.fields),
    stamps: JSON.stringify(record.stamps),
    field_revs: JSON.stringify(record.fieldRevs),
    deleted: record.deleted ? 1 : 0,
    seq: record.rev,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('records')
    .values({
      id: record.id,
      table_name: record.table,
      team_id: record.teamId,
      household_id: record.householdId,
      ...columns,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
}

/** The live records of a household (not the household itself), for the cascade of its delete. */
export async function liveRecordsOfHousehold(db: Db, teamId: string, householdId: string): Promise<ServerRecord[]> {
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('household_id', '=', householdId)
    .where('deleted', '=', 0)
    .orderBy('seq')
    .execute();
  return rows.map(toServerRecord);
}

/** The household a record is about: a household is its own. */
export function householdOf(record: Pick<ServerRecord, 'table' | 'id' | 'householdId'>): string | null {
  return record.table === 'households' ? record.id : record.householdId;
}
