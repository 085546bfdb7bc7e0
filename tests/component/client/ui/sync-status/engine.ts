import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { SyncEngine, SyncStatus } from '../../../../../src/client/sync';
import { createStatusStore, initialStatus } from '../../../../../src/client/sync/status';

/** An engine whose status the test sets; syncNow only records that it was asked. */
export function controllableEngine(status: Partial<SyncStatus> = {}) {
  const store = createStatusStore({ ...initialStatus, ...status });
  const syncNow = vi.fn(async () => {});
  const engine: SyncEngine = {
    start() {},
    stop() {},
    requestSync() {},
    syncNow,
    getStatus: store.get,
    subscribe: store.subscribe,
  };
  return { engine, syncNow, set: (patch: Partial<SyncStatus>) => act(() => store.update(patch)) };
}
