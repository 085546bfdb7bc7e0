import type { SyncEngine } from '../sync/types';

/**
 * The sync engine, loaded only after the first screen has painted (start.tsx): its code (engine,
 * remote-apply, team changes, http) is not needed for the first question. Until it is there,
 * `current()` is null: screens show no sync state rather than a false one, and writes go on as
 * ever, into the outbox in IndexedDB, which the engine's first pass sends once it runs.
 */
export interface DeferredSync {
  current(): SyncEngine | null;
  /** Loads and creates the engine once; later calls get the same one. */
  load(): Promise<SyncEngine>;
}

export function deferredSync(create: () => Promise<SyncEngine>): DeferredSync {
  let engine: SyncEngine | null = null;
  let loading: Promise<SyncEngine> | null = null;
  return {
    current: () => engine,
    load() {
      loading ??= create().then((created) => (engine = created));
      return loading;
    },
  };
}
