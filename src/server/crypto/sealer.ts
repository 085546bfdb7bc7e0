/**
 * Sealing record contents for the server's database: AES-256-GCM (Node crypto), a fresh 96-bit
 * IV per write, and a versioned envelope that names its key:
 *
 *   v1:<key id>:<iv, base64>:<ciphertext + 16-byte tag, base64>
 *
 * The additional data binds a sealed value to its place (database table, record table, record
 * id, team), so a ciphertext copied into another row, or another team's row, does not open.
 * Text that is no envelope is a row from before encryption (it starts with "{", JSON): it is
 * read as it is and sealed by the next write or by `reencryptRecords` at start.
 */
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { DataKey, KeyRing } from './key-ring';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class UnknownDataKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`A record is sealed with data key ${keyId}, which is not configured (VOORDEUR_DATA_KEY or the key file).`);
  }
}

/** IVs come from a pool filled a few hundred at a time: one randomBytes per write was a tenth of a push batch. */
const IV_POOL_BYTES = IV_BYTES * 512;

export class Sealer {
  private pool = Buffer.alloc(0);
  private used = 0;
  /**
   * Each data key as a KeyObject, made once: given the raw Buffer, every createCipheriv made a
   * secret key object of its own first (about a sixth of a seal).
   */
  private readonly keyObjects = new WeakMap<DataKey, KeyObject>();

  constructor(readonly ring: KeyRing) {}

  private keyObject(dataKey: DataKey): KeyObject {
    let keyObject = this.keyObjects.get(dataKey);
    if (!keyObject) {
      keyObject = createSecretKey(dataKey.key);
      this.keyObjects.set(dataKey, keyObject);
    }
    return keyObject;
  }

  /** A fresh random 96-bit IV (never reused: each is cut from the pool once). */
  private nextIv(): Buffer {
    if (this.used + IV_BYTES > this.pool.length) {
      this.pool = randomBytes(IV_POOL_BYTES);
      this.used = 0;
    }
    const iv = this.pool.subarray(this.used, this.used + IV_BYTES);
    this.used += IV_BYTES;
    return iv;
  }

  seal(plain: string, aad: string): string {
    const dataKey = this.ring.current;
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.keyObject(dataKey), iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}:${dataKey.id}:${iv.toString('base64')}:${body.toString('base64')}`;
  }

  open(stored: string, aad: string): string {
    if (!isSealed(stored)) return stored;
    const [, keyId, ivText, bodyText] = stored.split(':');
    if (!keyId || !ivText || !bodyText) throw new Error('A sealed value is malformed.');
    const dataKey = this.ring.find(keyId);
    if (!dataKey) throw new UnknownDataKeyError(keyId);
    const body = Buffer.from(bodyText, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.keyObject(dataKey), Buffer.from(ivText, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** True when the value is sealed under the current key (a rotation skips it). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(this.currentPrefix());
  }

  /** What a value sealed under the current key starts with (for a LIKE in SQL). */
  currentPrefix(): string {
    return `${VERSION}:${this.ring.current.id}:`;
  }
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(`${VERSION}:`);
}

/** The additional data of a record's contents: where it lives, so it opens nowhere else. */
export function recordAad(row: { id: string; table_name: string; team_id: string }): string {
  return `records\u0000${row.table_name}\u0000${row.id}\u0000${row.team_id}`;
}
