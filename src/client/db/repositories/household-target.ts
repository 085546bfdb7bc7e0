import type { TableName } from '../../../domain';
import type { RecordStore, RecordTarget } from '../record-store';
import { storeFailure, type Failure } from '../store-problems';

export const householdGone: Failure = storeFailure('household-gone');

/** Where a new record of a household goes: its team and household, or a failure when it is gone. */
export async function householdTarget(store: RecordStore, table: TableName, id: string, householdId: string): Promise<RecordTarget | Failure> {
  const household = await store.db.records.get(['households', householdId]);
  if (!household || household.deleted) return householdGone;
  return { table, id, teamId: household.teamId, householdId };
}

export const isFailure = (x: RecordTarget | Failure): x is Failure => 'ok' in x;
