/** Waiting times between failed syncs: doubling from BASE, at most CAP, with jitter. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
/** A server's Retry-After is honoured up to this long, so a wrong header cannot park a device for days. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * The wait before retry number `failures` (1 = after the first failure). "Equal jitter": half
 * the delay is fixed, half random, so a whole team whose phones lost signal in the same place
 * does not come back to the server at the same moment.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const delay = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  return Math.round(delay / 2 + random() * (delay / 2));
}

/** The back-off, but never sooner than the server asked (Retry-After). */
export function retryDelay(failures: number, retryAfterMs: number | null | undefined, random: () => number = Math.random): number {
  return Math.max(backoffDelay(failures, random), Math.min(retryAfterMs ?? 0, RETRY_AFTER_CAP_MS));
}
