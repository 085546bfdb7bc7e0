import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listMapEntries, toMapEntryView, type MapEntryView } from '../../db';
import { mapEntryId } from '../../../domain';
import { useServices } from '../services';
import { closingWritesSettled } from './closing-writes';

/** All map entries of a household, live (for overviews and progress); undefined while loading. */
export function useMapEntries(householdId: string): MapEntryView[] | undefined {
  const { data } = useServices();
  return useLiveQuery(() => listMapEntries(data.store, householdId), [data, householdId]);
}

/**
 * The stored entry of one subdomain, read once when a form opens: a form keeps its own copy while
 * it is open (useAutosave reads its values once). Null when nothing was recorded yet.
 */
export function useEntrySnapshot(householdId: string, subdomainId: string): MapEntryView | null | undefined {
  const { data } = useServices();
  const key = mapEntryId(householdId, subdomainId);
  const [snapshot, setSnapshot] = useState<{ key: string; entry: MapEntryView | null }>();
  useEffect(() => {
    let current = true;
    const load = async () => {
      // What a form saved as it closed lands first, so this form starts from it.
      await closingWritesSettled();
      await data.store.queue.flush();
      const record = await data.store.read('mapEntries', key);
      return record && !record.deleted ? toMapEntryView(record) : null;
    };
    load().then(
      (entry) => current && setSnapshot({ key, entry }),
      (error: unknown) =>
        setSnapshot(() => {
          throw error; // to the screen's error boundary
        }),
    );
    return () => {
      current = false;
    };
  }, [data, key]);
  return snapshot?.key === key ? snapshot.entry : undefined;
}
