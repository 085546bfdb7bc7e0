import type { SyncStatus } from './types';

export interface StatusStore {
  get(): SyncStatus;
  /** Merge a change; listeners hear of it only when something actually changed. */
  update(patch: Partial<SyncStatus>): void;
  subscribe(listener: () => void): () => void;
}

export const initialStatus: SyncStatus = { phase: 'starting', pending: 0, rejected: 0, rejectedChanges: [], lastSuccessAt: null, error: null, pull: null };

/** Holds the status for useSyncExternalStore: the snapshot object changes only with its contents. */
export function createStatusStore(initial: SyncStatus = initialStatus): StatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    update(patch) {
      const next = { ...status, ...patch };
      if ((Object.keys(next) as (keyof SyncStatus)[]).every((key) => next[key] === status[key])) return;
      status = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
