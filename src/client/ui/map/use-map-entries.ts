import { useEffect, useState } from 'react';
import { reads, useRead } from '../live';
import type { MapEntryView } from '../../db';
import { useServices } from '../services';
import { closingWritesSettled } from '../kit';

/** All map entries of a household, live (for overviews and progress); undefined while loading. */
export function useMapEntries(householdId: string): MapEntryView[] | undefined {
  return useRead(reads.mapEntries(householdId));
}

/**
 * The stored entries by subdomain id, read once when a form opens: a form keeps its own copy while
 * it is open (useAutosave reads its values once), so it never starts from a half-saved state.
 */
export function useEntriesSnapshot(householdId: string): ReadonlyMap<string, MapEntryView> | undefined {
  const { data } = useServices();
  const [snapshot, setSnapshot] = useState<{ householdId: string; entries: ReadonlyMap<string, MapEntryView> }>();
  useEffect(() => {
    let current = true;
    const load = async () => {
      // What a form saved as it closed lands first, so the next form starts from it.
      await closingWritesSettled();
      await data.writesSettled();
      return new Map((await data.read(reads.mapEntries(householdId))).map((entry) => [entry.subdomainId, entry]));
    };
    load().then(
      (entries) => current && setSnapshot({ householdId, entries }),
      (error: unknown) =>
        setSnapshot(() => {
          throw error; // to the screen's error boundary
        }),
    );
    return () => {
      current = false;
    };
  }, [data, householdId]);
  return snapshot?.householdId === householdId ? snapshot.entries : undefined;
}
