import * as z from 'zod/mini';

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Made on the device, so
 * records can be created offline; time-ordered, so ids sort roughly by creation.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let ms = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const uuidSchema = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Ongeldige id'));

/**
 * Record ids: usually a UUID, but some records have an id derived from their parent so that
 * two devices creating "the same" record offline write to one row (e.g. the map entry of a
 * subdomain is `<householdId>.<subdomainId>`).
 */
export const recordIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(120), z.regex(/^[A-Za-z0-9._-]+$/, 'Ongeldige id'));

/**
 * Ids the server makes (the conflict records of a push) start with this; a device never makes
 * one (its ids are UUIDs, or derived from a UUID), and the server refuses a device's new record
 * with one. So a server-made id can never meet a record a device chose the id of.
 */
export const SERVER_ID_PREFIX = 'srv.';

export function isServerMadeId(id: string): boolean {
  return id.startsWith(SERVER_ID_PREFIX);
}

/**
 * May a device create a record with this id? Not in the server's namespace; and an id derived
 * from a household (`<householdId>.<…>`, the map entries) only for that household: the prefix
 * is what makes it deterministic, so another household's (another team's) prefix would take the
 * id that household's own team will need.
 */
export function deviceMayCreateId(recordId: string, householdId: string | null): boolean {
  if (isServerMadeId(recordId)) return false;
  const dot = recordId.indexOf('.');
  return dot === -1 || recordId.slice(0, dot) === householdId;
}
