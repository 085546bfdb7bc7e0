import { useMemo } from 'react';
import { reads, useRead } from '../live';
import type { ConflictView } from '../../db';
import type { TableName } from '../../../domain';

export interface FieldRef {
  householdId: string;
  table: TableName;
  recordId: string;
  field: string;
}

/** Unresolved "twee versies" of one field, newest first; undefined while loading. */
export function useFieldConflicts({ householdId, table, recordId, field }: FieldRef): ConflictView[] | undefined {
  const all = useRead(reads.conflicts(householdId));
  return useMemo(
    () => all?.filter((c) => c.table === table && c.recordId === recordId && c.field === field),
    [all, table, recordId, field],
  );
}
