import type { Kysely } from 'kysely';

/**
 * Issue 9: recovery by split knowledge. The device keeps its data key wrapped by an escrow key;
 * the server keeps that escrow key, itself wrapped by the server's escrow key from the
 * environment (never in clear in this table). One per user and device clock node.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('escrow_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addPrimaryKeyConstraint('escrow_keys_pk', ['user_id', 'client_id'])
    .execute();
}
