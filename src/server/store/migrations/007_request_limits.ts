import type { Kysely } from 'kysely';

/**
 * Issue 10: push and pull are rate limited per device session, counted in the database so that
 * several server processes share one count (http/request-limits.ts). One row per session and
 * kind, holding the current window's number and count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('request_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_no', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_limits_window').on('request_limits').column('window_no').execute();
}
