import { vi } from 'vitest';

/**
 * Waits until `check` passes: for the event itself, not for a time. The bound is only there so
 * a test that can never pass still ends; on a busy machine a login (scrypt), a sync or a render
 * may take many seconds, so it is far above what any of them needs.
 */
export const EVENT_BOUND_MS = 60_000;

export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: EVENT_BOUND_MS, interval: 20 });
}
