import { Migrator, type MigrationResult } from 'kysely';
import { migrations } from './migrations';
import type { Db } from './schema';

/**
 * Run every migration this database has not seen yet. Safe when several processes start at once.
 * `schema` (PostgreSQL): where the store lives. Kysely looks for its migration tables in every
 * schema unless told which, so a second store in the same database could find the first's.
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}
