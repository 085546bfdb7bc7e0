import { expect, vi } from 'vitest';
import { EVENT_BOUND_MS } from './eventually';
import { registerPendingWrites, type Unsaved } from '../../src/client/ui/kit/pending-writes';

export const nothingUnsaved: Unsaved = { waiting: false, toFix: false, failed: false };
const closers: (() => void)[] = [];

/**
 * A source of pending writes whose first flush lands (or fails) when the test says so; later
 * flushes (e.g. on closing) have nothing left and settle at once.
 */
export function heldWrite(unsaved: Unsaved = nothingUnsaved) {
  let land!: () => void;
  let fail!: (error: Error) => void;
  const held = new Promise<void>((resolve, reject) => ((land = resolve), (fail = reject)));
  const flush = vi.fn(() => (flush.mock.calls.length === 1 ? held : Promise.resolve()));
  const close = registerPendingWrites({ flush, unsaved: () => unsaved });
  // A test that ends early still lets its write land: nothing waits on it into the next test.
  closers.push(() => (land(), close()));
  return {
    flush,
    land: () => land(),
    fail: (error: Error) => fail(error),
    close,
    /** Resolves once someone waits for this write (the guard runs after earlier navigations). */
    waitedFor: () => vi.waitFor(() => expect(flush).toHaveBeenCalled(), { timeout: EVENT_BOUND_MS, interval: 5 }),
  };
}

/** A source with nothing left to write, holding input in the given state. */
export function settledWith(unsaved: Unsaved): void {
  closers.push(registerPendingWrites({ flush: async () => {}, unsaved: () => unsaved }));
}

/** Unregister every source a test made (call in afterEach). */
export function closePendingWrites(): void {
  for (const close of closers.splice(0)) close();
}
