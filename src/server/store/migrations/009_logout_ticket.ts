import type { Kysely } from 'kysely';

/**
 * Issue 9: the logout ticket. Besides its token, a login gets a second random value that can only
 * end that one session (auth/sessions.ts endSessionByLogoutTicket): a phone that logged out
 * offline keeps just the ticket and sends it at its next contact. Only its SHA-256 is stored, as
 * for the token. Sessions from before have none (null): they end by the lease or a revoke.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('device_sessions').addColumn('logout_ticket_hash', 'text').execute();
  await db.schema.createIndex('device_sessions_logout_ticket').on('device_sessions').column('logout_ticket_hash').unique().execute();
}
