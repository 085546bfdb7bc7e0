/**
 * The device key ring: the one place the unwrapped data key lives, and only in memory.
 *
 * A data key is 32 random bytes per device and user (createDataKey). Wrappers (PIN, passkey,
 * escrow; see ./wrappers) keep it wrapped on disk and hand the raw bytes to `unlockWith`, which
 * turns them into what the codecs need and zero-fills the bytes:
 * - `recordKey`: a non-extractable AES-GCM CryptoKey (WebCrypto) for records, outbox,
 *   conflicts, summaries and the session's personal parts;
 * - `draftKey`: 32 bytes for the synchronous drafts in localStorage (WebCrypto has no
 *   synchronous API, so drafts are sealed with @noble/ciphers). It is a sub-key derived by
 *   HKDF, so the raw data key itself never stays in JS memory;
 * - `keyId`: a short public id of the key (also HKDF), written in every envelope so a later
 *   key or algorithm can be told apart.
 * `lock()` drops all of it and tells listeners (the UI shows the lock screen).
 */
import { loadDraftCipher } from './draft-cipher';

export interface UnlockedKeys {
  readonly keyId: string;
  readonly recordKey: CryptoKey;
  readonly draftKey: Uint8Array;
}

/** Thrown when something needs the data key while the device is locked. */
export class LockedError extends Error {
  constructor() {
    super('The device is locked: the data key is not in memory');
    this.name = 'LockedError';
  }
}

let keys: UnlockedKeys | null = null;
const listeners = new Set<(unlocked: boolean) => void>();

export function createDataKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

export async function unlockWith(raw: Uint8Array): Promise<void> {
  try {
    if (raw.length !== 32) throw new Error('A data key is 32 bytes');
    const hkdf = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey', 'deriveBits']);
    const [recordKey, draftBits, idBits] = await Promise.all([
      crypto.subtle.deriveKey(info('records'), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      crypto.subtle.deriveBits(info('drafts'), hkdf, 256),
      crypto.subtle.deriveBits(info('key id'), hkdf, 64),
      // With a key in memory a draft can be sealed at any keystroke, synchronously.
      loadDraftCipher(),
    ]);
    const next = { keyId: hex(new Uint8Array(idBits)), recordKey, draftKey: new Uint8Array(draftBits) };
    const previous = keys;
    keys = next;
    if (previous && previous !== next) previous.draftKey.fill(0);
    if (!previous) notify(true);
  } finally {
    raw.fill(0);
  }
}

export function lock(): void {
  const previous = keys;
  keys = null;
  previous?.draftKey.fill(0);
  notify(false);
}

export function isUnlocked(): boolean {
  return keys !== null;
}

export function onLockChange(listener: (unlocked: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For the codecs: the keys in memory, or LockedError (never a silent plain fallback). */
export function unlockedKeys(): UnlockedKeys {
  if (!keys) throw new LockedError();
  return keys;
}

function info(purpose: string): HkdfParams {
  // A fixed, empty salt is fine: the input is already 256 uniformly random bits.
  return { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(`voordeur ${purpose} v1`) };
}

function notify(unlocked: boolean): void {
  for (const listener of [...listeners]) listener(unlocked);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
