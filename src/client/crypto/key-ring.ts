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
 *   HKDF, so the raw data key itself never stays in JS memory. Given the device's **pepper**
 *   (db/pin-pepper.ts, in IndexedDB), it is derived with the pepper as HKDF salt: drafts sit in
 *   localStorage, whose old values Chromium keeps in a log shared by all sites long after a
 *   wipe, next to old key wrappers; one of those (a PIN wrapper from before the pepper, v1) can
 *   be cracked by guessing PINs and gives the data key. With the pepper in the draft key, drafts
 *   sealed since are closed to that data key alone: the pepper went with the wiped IndexedDB.
 *   `legacyDraftKey` (no pepper) only opens drafts sealed before (draft-seal.ts);
 * - `keyId`: a short public id of the key (also HKDF), written in every envelope so a later
 *   key or algorithm can be told apart.
 * `lock()` drops all of it and tells listeners (the UI shows the lock screen).
 */
import { loadDraftCipher } from './draft-cipher';

export interface UnlockedKeys {
  readonly keyId: string;
  readonly recordKey: CryptoKey;
  readonly draftKey: Uint8Array;
  /** Whether draftKey has the pepper in it (draft-seal.ts writes that into each draft). */
  readonly draftPeppered: boolean;
  /** The draft key without the pepper, to open drafts sealed before it; null when draftKey is that one. */
  readonly legacyDraftKey: Uint8Array | null;
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

/** `pepper`: the device's 32-byte pepper (db/pin-pepper.ts), mixed into the draft key; see above. */
export async function unlockWith(raw: Uint8Array, pepper: Uint8Array | null = null): Promise<void> {
  try {
    if (raw.length !== 32) throw new Error('A data key is 32 bytes');
    if (pepper && pepper.length !== 32) throw new Error('A pepper is 32 bytes');
    const hkdf = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey', 'deriveBits']);
    const [recordKey, legacyBits, pepperedBits, idBits] = await Promise.all([
      crypto.subtle.deriveKey(info('records'), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      crypto.subtle.deriveBits(info('drafts'), hkdf, 256),
      pepper ? crypto.subtle.deriveBits(info('drafts peppered', pepper), hkdf, 256) : null,
      crypto.subtle.deriveBits(info('key id'), hkdf, 64),
      // With a key in memory a draft can be sealed at any keystroke, synchronously.
      loadDraftCipher(),
    ]);
    const legacy = new Uint8Array(legacyBits);
    const next: UnlockedKeys = pepperedBits
      ? { keyId: hex(new Uint8Array(idBits)), recordKey, draftKey: new Uint8Array(pepperedBits), draftPeppered: true, legacyDraftKey: legacy }
      : { keyId: hex(new Uint8Array(idBits)), recordKey, draftKey: legacy, draftPeppered: false, legacyDraftKey: null };
    const previous = keys;
    keys = next;
    if (previous && previous !== next) forget(previous);
    if (!previous) notify(true);
  } finally {
    raw.fill(0);
  }
}

export function lock(): void {
  const previous = keys;
  keys = null;
  if (previous) forget(previous);
  notify(false);
}

function forget(old: UnlockedKeys): void {
  old.draftKey.fill(0);
  old.legacyDraftKey?.fill(0);
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

function info(purpose: string, salt: Uint8Array = new Uint8Array(0)): HkdfParams {
  // A fixed, empty salt is fine for separating purposes: the input is already 256 uniformly
  // random bits. The pepper as salt makes the draft key need the pepper too.
  return { name: 'HKDF', hash: 'SHA-256', salt: salt as BufferSource, info: new TextEncoder().encode(`voordeur ${purpose} v1`) };
}

function notify(unlocked: boolean): void {
  for (const listener of [...listeners]) listener(unlocked);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
