import type { TableName } from '../../../domain';
import type { ScreenData } from '../../db';
import type { StoredSource } from '../kit';

/** An open form's record as a StoredSource: told of the record's changes through sync. */
export function syncedRecord<T>(data: ScreenData, table: TableName, id: string, read: () => Promise<T | null | undefined>): StoredSource<T> {
  return {
    read,
    subscribe: (onChange) => data.onRecordApplied((t, i) => t === table && i === id && onChange()),
  };
}
