/** The mutations already applied, by id: what makes a repeated push change nothing. */
import type { Mutation, SyncRecord } from '../../domain/sync-protocol';
import type { TableName } from '../../domain/records/tables';
import type { Db, MutationsTable } from '../store/schema';

interface StoredResult {
  rev: number;
  conflicts: number;
}

export async function findMutation(db: Db, mutationId: string): Promise<MutationsTable | undefined> {
  return db.selectFrom('mutations').selectAll().where('mutation_id', '=', mutationId).executeTakeFirst();
}

export async function logMutation(db: Db, m: Mutation, userId: string, result: StoredResult, now: Date): Promise<void> {
  await db
    .insertInto('mutations')
    .values({
      mutation_id: m.mutationId,
      team_id: m.teamId,
      user_id: userId,
      table_name: m.table,
      record_id: m.recordId,
      household_id: m.householdId,
      result: JSON.stringify(result),
      created_at: now.toISOString(),
    })
    .execute();
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
