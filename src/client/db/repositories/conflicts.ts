import type { TableName } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import { storeFailure } from '../store-problems';

export class ConflictRepository {
  constructor(private readonly store: RecordStore) {}

  /**
   * Settle "twee versies": write the text the worker chose or merged into the field, then mark
   * the conflict resolved. Two writes, each safe on its own: if the app dies in between, the
   * field already holds the merged text and the conflict simply shows once more.
   */
  async resolve(conflictId: string, mergedText: string): Promise<WriteResult> {
    const conflict = await this.store.read('conflicts', conflictId);
    if (!conflict) return storeFailure('conflict-resolved');
    const { table, recordId, field } = conflict.fields as { table: TableName; recordId: string; field: string };
    const written = await this.store.update(table, recordId, { [field]: mergedText });
    if (!written.ok) return written;
    return this.store.update('conflicts', conflictId, { resolved: true });
  }
}
