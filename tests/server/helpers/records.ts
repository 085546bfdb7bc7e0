import type { Selectable } from 'kysely';
import type { ServerRecord } from '../../../src/domain/merge';
import type { Fields } from '../../../src/domain/records/validate';
import type { Store } from '../../../src/server/store/open-store';
import { loadRecords, toServerRecord } from '../../../src/server/store/records';
import type { RecordsTable } from '../../../src/server/store/schema';

/** One stored record (any team, any table), or undefined: what a push left in the store. */
export async function loadRecord(store: Store, id: string): Promise<ServerRecord | undefined> {
  return (await loadRecords(store.db, store.sealer, [id]))[0];
}

/** The contents of a stored row, opened with the store's data key (the column itself is sealed). */
export function fieldsOf(store: Store, row: Selectable<RecordsTable>): Fields {
  return toServerRecord(row, store.sealer).fields;
}
