import type { Kysely } from 'kysely';

/**
 * Issue 10, need to know and erasure: organisations (the team's lead organisation and its
 * partners), the households each partner organisation may pull (derived from the households'
 * sharing agreements on every push), and the households that were erased and may never come back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    // 'lead': its workers see all of their teams' households; 'partner': only the shared ones.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Null: the lead organisation (every user made before this migration keeps seeing what they saw).
  await db.schema.alterTable('users').addColumn('organisation_id', 'text').execute();

  await db.schema
    .createTable('household_shares')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    // The team seq at which the organisation last got access: a device whose cursor is older
    // gets the household's backlog (see sharing/partner-pull.ts).
    .addColumn('granted_seq', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    // The last day of the newest current agreement (YYYY-MM-DD), null: no end.
    .addColumn('until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('household_shares_pk', ['team_id', 'household_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('household_shares_org').on('household_shares').columns(['team_id', 'organisation_id']).execute();

  await db.schema
    .createTable('erased_households')
    .addColumn('household_id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    // 'deleted' (from a device), 'erasure' (a beheerder), 'retention' (the retention job).
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .execute();
}
