import { sql, type Kysely } from 'kysely';

/**
 * Issue 8: two indexes every push batch writes, made smaller; no row changes, so nothing to
 * migrate and nothing another version could not read.
 * - `records_household` was (team_id, household_id): a record's household id is unique across
 *   teams already, so the team in front only doubled each entry. Every query that finds a
 *   household's records also names it (the erasure cascade, a partner's shared households),
 *   and still checks the team where it must. Its entries land all over the index (a household
 *   gets contacts for years), so each batch rewrote many of its pages: 7 of ~143 WAL pages a batch.
 * - `audit_log_device_entry` (user_id, device_entry_id), unique: only entries a device reported
 *   have a device entry id; the server's own entries (every push's) left a null in it that no
 *   lookup ever asks for. Now partial (`where device_entry_id is not null`): the same rule for
 *   every entry that has one (nulls were never equal to each other), and ~3 WAL pages a batch less.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('records_household').execute();
  await db.schema.createIndex('records_household').on('records').column('household_id').execute();
  await db.schema.dropIndex('audit_log_device_entry').execute();
  await db.schema
    .createIndex('audit_log_device_entry')
    .on('audit_log')
    .columns(['user_id', 'device_entry_id'])
    .unique()
    .where(sql.ref('device_entry_id'), 'is not', null)
    .execute();
}
