/**
 * The server's data keys: 32-byte AES-256 keys kept outside the database (an environment
 * variable or a key file, see key-source.ts). The first key is the current one, which seals
 * every new write; the others only open what was sealed before a rotation.
 * A key's id is derived from the key (HMAC, not reversible), so an envelope names the key that
 * sealed it without any table of keys in the database.
 */
import { createHmac } from 'node:crypto';

export interface DataKey {
  id: string;
  key: Buffer;
}

export const DATA_KEY_BYTES = 32;

export function dataKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('voordeur data key id').digest('hex').slice(0, 16);
}

/** A key from its base64 text (as in VOORDEUR_DATA_KEY or a key file line). */
export function parseDataKey(text: string, where: string): DataKey {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  // Buffer.from ignores what is not base64: check that the text round-trips.
  if (key.length !== DATA_KEY_BYTES || key.toString('base64').replace(/=+$/, '') !== trimmed.replace(/=+$/, '')) {
    throw new Error(`${where} is not a base64 key of ${DATA_KEY_BYTES} bytes (make one with: openssl rand -base64 32).`);
  }
  return { id: dataKeyId(key), key };
}

export class KeyRing {
  private keys: DataKey[];

  /** `reload` re-reads the source (a key file) when an envelope names a key not known yet: another process rotated. */
  constructor(
    keys: readonly DataKey[],
    private readonly reload?: () => DataKey[],
  ) {
    if (keys.length === 0) throw new Error('No data key configured.');
    this.keys = [...keys];
  }

  get current(): DataKey {
    return this.keys[0]!;
  }

  get all(): readonly DataKey[] {
    return this.keys;
  }

  /** After the key file changed (rotate-data-key): these keys, current first. */
  replace(keys: readonly DataKey[]): void {
    if (keys.length === 0) throw new Error('No data key configured.');
    this.keys = [...keys];
  }

  find(id: string): DataKey | undefined {
    const known = this.keys.find((k) => k.id === id);
    if (known || !this.reload) return known;
    const fresh = this.reload();
    // Keep the keys already known, so rows under them stay readable while a rotation runs.
    this.keys = [...fresh, ...this.keys.filter((k) => !fresh.some((f) => f.id === k.id))];
    return this.keys.find((k) => k.id === id);
  }
}
