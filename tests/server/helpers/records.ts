import type { ServerRecord } from '../../../src/domain/merge';
import { loadRecords } from '../../../src/server/store/records';
import type { Db } from '../../../src/server/store/schema';

/** One stored record (any team, any table), or undefined: what a push left in the store. */
export async function loadRecord(db: Db, id: string): Promise<ServerRecord | undefined> {
  return (await loadRecords(db, [id]))[0];
}
