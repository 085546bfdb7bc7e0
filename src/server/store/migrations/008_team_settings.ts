import type { Kysely } from 'kysely';

/**
 * Issue 9: a team's lock settings (domain/team-settings.ts). One row per team that changed them;
 * a team without a row has the defaults, so no existing team needs a row written here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_settings')
    .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('idle_minutes', 'integer', (c) => c.notNull())
    .addColumn('background_grace_seconds', 'integer', (c) => c.notNull())
    .addColumn('lease_hours', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
