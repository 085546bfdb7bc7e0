import type { Kysely } from 'kysely';

/**
 * Issue 6: device sessions bound to the device's clock node, with expiry and token rotation;
 * users that can be disabled; an atomic login limit; an audit trail of account events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Sessions made before this have no clock node: they count as ended (the device logs in again).
  await db.schema.alterTable('device_sessions').addColumn('client_id', 'text').execute();
  await db.schema.alterTable('device_sessions').addColumn('token_issued_at', 'text').execute();
  await db.schema.alterTable('device_sessions').addColumn('previous_token_hash', 'text').execute();
  await db.schema.alterTable('device_sessions').addColumn('previous_valid_until', 'text').execute();
  await db.schema.alterTable('device_sessions').addColumn('rotation_nonce', 'text').execute();
  await db.schema.createIndex('device_sessions_previous_token').on('device_sessions').column('previous_token_hash').execute();

  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();

  // Which user a clock node belongs to: once one user's device used it, no other user may.
  await db.schema
    .createTable('client_nodes')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.dropTable('login_attempts').execute();
  await db.schema
    .createTable('login_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('next_allowed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_limits_updated').on('login_limits').column('updated_at').execute();

  await db.schema
    .createTable('account_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('device_session_id', 'text')
    .addColumn('client_address', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('account_audit_at').on('account_audit').column('at').execute();
  await db.schema.createIndex('account_audit_user').on('account_audit').columns(['user_id', 'at']).execute();
}
