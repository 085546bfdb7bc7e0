import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listConflicts, type ConflictView } from '../../db';
import type { TableName } from '../../../domain';
import { useServices } from '../services';

export interface FieldRef {
  householdId: string;
  table: TableName;
  recordId: string;
  field: string;
}

/** Unresolved "twee versies" of one field, newest first; undefined while loading. */
export function useFieldConflicts({ householdId, table, recordId, field }: FieldRef): ConflictView[] | undefined {
  const { data } = useServices();
  const all = useLiveQuery(() => listConflicts(data.store, householdId), [data, householdId]);
  return useMemo(
    () => all?.filter((c) => c.table === table && c.recordId === recordId && c.field === field),
    [all, table, recordId, field],
  );
}
