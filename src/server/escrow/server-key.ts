/**
 * The server's escrow key: it wraps every device's escrow key before it is stored, so a copy of
 * the database alone (a backup, a dump) releases nothing. It comes from VOORDEUR_ESCROW_KEY (32
 * random bytes, base64url; `openssl rand -base64 32 | tr '+/' '-_' | tr -d '='`). Outside
 * production, when that is unset, the server makes one in DATA_DIR/escrow.key (mode 0600) so a
 * development or test server works without setup; in production it refuses to start without one,
 * because a key next to the database protects nothing against whoever copies the data folder.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface EscrowServerKey {
  /** A public id of the key (a hash), written in each wrapped value so a later key can be told apart. */
  readonly id: string;
  readonly key: Buffer;
}

export interface EscrowKeySource {
  /** VOORDEUR_ESCROW_KEY, when set. */
  value?: string;
  /** Where a development/test key is kept when no value is set. */
  file: string;
  production: boolean;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function escrowServerKey(key: Buffer): EscrowServerKey {
  if (key.length !== 32) throw new Error('The escrow server key must be 32 bytes');
  const id = createHash('sha256').update('voordeur escrow server key id\0').update(key).digest('hex').slice(0, 16);
  return { id, key };
}

/** A random key for one process (the in-process test app): its escrow keys die with it. */
export function ephemeralEscrowServerKey(): EscrowServerKey {
  return escrowServerKey(randomBytes(32));
}

export function loadEscrowServerKey(source: EscrowKeySource): EscrowServerKey {
  if (source.value !== undefined) return escrowServerKey(parse(source.value, 'VOORDEUR_ESCROW_KEY'));
  if (source.production) {
    throw new Error('VOORDEUR_ESCROW_KEY is not set: in production the escrow key must come from the environment (see README.md)');
  }
  try {
    return escrowServerKey(parse(readFileSync(source.file, 'utf8').trim(), source.file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(source.file), { recursive: true });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process wrote meanwhile (that would orphan its escrows).
  try {
    writeFileSync(source.file, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadEscrowServerKey(source);
    throw error;
  }
  chmodSync(source.file, 0o600);
  return escrowServerKey(key);
}

function parse(value: string, where: string): Buffer {
  if (!KEY_PATTERN.test(value)) throw new Error(`${where} is not 32 bytes in base64url (43 characters)`);
  return Buffer.from(value, 'base64url');
}

const VERSION = 'v1';

/** The additional data binds a wrapped key to its user and device: it cannot be moved to another row. */
function boundTo(userId: string, clientId: string): Buffer {
  return Buffer.from(`voordeur escrow ${VERSION}\0${userId}\0${clientId}`, 'utf8');
}

export function wrapEscrowKey(server: EscrowServerKey, escrowKey: Buffer, userId: string, clientId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', server.key, iv);
  cipher.setAAD(boundTo(userId, clientId));
  const sealed = Buffer.concat([cipher.update(escrowKey), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, server.id, iv.toString('base64url'), sealed.toString('base64url')].join('.');
}

/** Throws (never returns other bytes) on another server key, another row, or any tampering. */
export function unwrapEscrowKey(server: EscrowServerKey, wrapped: string, userId: string, clientId: string): Buffer {
  const [version, keyId, ivText, sealedText, ...rest] = wrapped.split('.');
  if (version !== VERSION || rest.length > 0 || !ivText || !sealedText) throw new Error('Unknown escrow envelope');
  if (keyId !== server.id) throw new Error('This escrow key was wrapped by another server escrow key');
  const sealed = Buffer.from(sealedText, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', server.key, Buffer.from(ivText, 'base64url'));
  decipher.setAAD(boundTo(userId, clientId));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
}
