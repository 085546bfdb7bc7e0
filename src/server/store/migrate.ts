import { Migrator, type MigrationResult } from 'kysely';
import { migrations } from './migrations';
import type { Db } from './schema';

/** Run every migration this database has not seen yet. Safe when several processes start at once. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}
