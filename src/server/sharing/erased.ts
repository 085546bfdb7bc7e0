/** The households that were erased: once here, no push can write to them again (not even after the tombstones are purged). */
import type { ErasedHouseholdsTable, Db } from '../store/schema';
import { selectInChunks } from '../store/chunks';

export async function erasedAmong(db: Db, householdIds: readonly string[]): Promise<Set<string>> {
  const rows = await selectInChunks([...new Set(householdIds)], (chunk) =>
    db.selectFrom('erased_households').select('household_id').where('household_id', 'in', chunk).execute(),
  );
  return new Set(rows.map((r) => r.household_id));
}

export async function markErased(db: Db, row: ErasedHouseholdsTable): Promise<void> {
  // A household deleted from a device and then erased by a beheerder keeps its first cause.
  await db.insertInto('erased_households').values(row).onConflict((oc) => oc.column('household_id').doNothing()).execute();
}
