import * as z from 'zod/mini';

/** Two hex digits per byte value, made once. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Random bytes for ids, drawn from the system's CSPRNG a few hundred ids at a time: one
 * getRandomValues call per id cost more than everything else an id takes (the server makes an
 * id per audit row of a push batch). Each byte is used once, so ids stay as unpredictable.
 */
const RANDOM_BYTES_PER_ID = 10;
const randomPool = new Uint8Array(RANDOM_BYTES_PER_ID * 256);
let randomUsed = randomPool.length;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Made on the device, so
 * records can be created offline; time-ordered, so ids sort roughly by creation.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  if (randomUsed + RANDOM_BYTES_PER_ID > randomPool.length) {
    crypto.getRandomValues(randomPool);
    randomUsed = 0;
  }
  const r = randomUsed;
  randomUsed += RANDOM_BYTES_PER_ID;
  let time = '';
  let ms = nowMs;
  for (let i = 0; i < 6; i++) {
    time = HEX[ms % 256]! + time;
    ms = Math.floor(ms / 256);
  }
  const at = (i: number) => HEX[randomPool[r + i]!]!;
  // The version (7) in the high nibble of byte 6, the variant (10) in the two high bits of byte 8.
  const version = HEX[(randomPool[r]! & 0x0f) | 0x70]!;
  const variant = HEX[(randomPool[r + 2]! & 0x3f) | 0x80]!;
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}${at(1)}-${variant}${at(3)}-${at(4)}${at(5)}${at(6)}${at(7)}${at(8)}${at(9)}`;
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
