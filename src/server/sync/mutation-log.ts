/** The mutations already applied, by id: what makes a repeated push change nothing. */
import type { Mutation, SyncRecord } from '../../domain/sync-protocol';
import type { TableName } from '../../domain/records/tables';
import { selectByIds } from '../store/chunks';
import type { RowsInsert } from '../store/multi-row-insert';
import type { Db, MutationsTable } from '../store/schema';

/** What the first push of a mutation did, kept to answer its repeats. */
export interface StoredResult {
  rev: number;
  conflicts: number;
}

/** The logged mutations among these ids, by id. */
export async function findMutations(db: Db, mutationIds: readonly string[]): Promise<Map<string, MutationsTable>> {
  const rows = await selectByIds(db, mutationIds, ({ operator, value }) => db.selectFrom('mutations').selectAll().where('mutation_id', operator, value).execute());
  return new Map(rows.map((row) => [row.mutation_id, row]));
}

/** The log row of an applied mutation: who sent it, what it touched, and what it did (`createdAt`: the batch's time, ISO). */
export function mutationLogRow(m: Mutation, userId: string, result: StoredResult, createdAt: string): MutationsTable {
  return {
    mutation_id: m.mutationId,
    team_id: m.teamId,
    user_id: userId,
    table_name: m.table,
    record_id: m.recordId,
    household_id: m.householdId,
    // What JSON.stringify writes for these two integers, without its walk over the object.
    result: `{"rev":${result.rev},"conflicts":${result.conflicts}}`,
    created_at: createdAt,
  };
}

/** The log rows as an insert, for a caller that writes it together with other rows (multi-row-insert.ts). */
export function mutationLogWrite(rows: readonly MutationsTable[]): RowsInsert {
  return { table: 'mutations', rows };
}

/** When the record's tombstone was purged since, the answer to a repeat is a bare tombstone. */
export function purgedTombstone(logged: MutationsTable): SyncRecord {
  const { rev } = JSON.parse(logged.result) as StoredResult;
  return {
    table: logged.table_name as TableName,
    id: logged.record_id,
    teamId: logged.team_id,
    householdId: logged.household_id,
    fields: {},
    stamps: {},
    deleted: true,
    rev,
  };
}
