import { sql, type Kysely } from 'kysely';

const sqlSlotIsOne = sql`slot = 1`;

/**
 * One setup link per database (issue 14): a single row (slot 1) that the first server process
 * to start makes and every other one reads, so all of them print the same link. The token is
 * kept as it is, not hashed, because the others must print it: it is worth nothing once the first
 * account exists (setup deletes it), and whoever can read this table can already write any row.
 * Links printed before this migration (one per process) stop working; the next start prints the one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setup_link')
    .addColumn('slot', 'integer', (c) => c.primaryKey().check(sqlSlotIsOne))
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.dropTable('setup_tokens').execute();
}
