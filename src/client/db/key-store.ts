import type { VoordeurDb } from './database';

/**
 * The wrapped data keys of this device, per user (the key is per device and user) and per kind
 * of wrapper ('pin'; the passkey and escrow wrappers add theirs). Only wrapped keys are stored:
 * the raw key exists only in the key ring's memory. A wipe clears meta, and with it every wrap:
 * what ciphertext LevelDB still holds on disk then has no key anywhere.
 */
const keyOf = (userId: string, kind: string) => `key:${kind}:${userId}`;

export async function readWrappedKey<T>(db: VoordeurDb, userId: string, kind: string): Promise<T | null> {
  return ((await db.meta.get(keyOf(userId, kind)))?.value as T | undefined) ?? null;
}

export async function saveWrappedKey(db: VoordeurDb, userId: string, kind: string, wrapped: unknown): Promise<void> {
  await db.meta.put({ key: keyOf(userId, kind), value: wrapped });
}

/** Whether any wrapper of this user's key is on this device (else unlocking must be set up). */
export async function hasWrappedKey(db: VoordeurDb, userId: string): Promise<boolean> {
  return (await db.meta.where('key').startsWith('key:').filter((entry) => entry.key.endsWith(`:${userId}`)).count()) > 0;
}
