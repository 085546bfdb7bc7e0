/**
 * The offline lease: a device that has not reached the server for this long asks for an online
 * login before it unlocks, so a lost phone stops opening even if nobody revokes it and it never
 * goes online (a revoke only lands at the next contact). Default 72 hours.
 */
export const DEFAULT_LEASE_MS = 72 * 3_600_000;

/** `lastContactAt`: when the device last reached the server (null: never known, so ask). */
export function leaseExpired(lastContactAt: number | null, now: number, leaseMs = DEFAULT_LEASE_MS): boolean {
  if (lastContactAt === null) return true;
  // A clock set back (or a contact stamped in the future) must not stretch the lease forever.
  if (lastContactAt > now) return true;
  return now - lastContactAt >= leaseMs;
}
