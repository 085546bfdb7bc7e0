/**
 * The PIN wrapper: the data key wrapped (AES-256-GCM) by a key stretched from the worker's PIN
 * or passphrase with Argon2id. What sits on disk is only this wrapped key with its salt and
 * parameters; a copy of the phone's storage can only be attacked by running Argon2id (64 MiB per
 * guess) for every candidate, which is why a 6-digit minimum and these costs (not PBKDF2 and 4
 * digits, which fall in minutes offline) are the floor. The passkey wrapper, where the phone has
 * PRF, avoids even that. The parameters are stored with the wrap, so they can be raised later.
 *
 * Since v2 the wrapping key also needs a **pepper**: 32 random bytes the device keeps in IndexedDB
 * (db/pin-pepper.ts), mixed in by HKDF after the stretch. The wrapper itself is in localStorage,
 * and Chromium keeps old localStorage values in a log shared by all sites long after a wipe
 * cleared them; the pepper goes with the origin's IndexedDB directory (Clear-Site-Data), so a
 * leftover wrapper cannot be attacked by guessing PINs: every guess needs the pepper too. A v1
 * wrapper (from before the pepper) still opens without it; the caller rewraps it as v2 at once
 * (`openPin` hands the new wrap back; it reuses the stretch: no second half second).
 *
 * hash-wasm is loaded only when a PIN is set or entered: it stays out of the first load.
 */
export interface PinParams {
  /** Memory in KiB (64 MiB). */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export interface PinWrappedKey {
  kind: 'pin';
  /** 1: Argon2id alone (before the pepper); 2: Argon2id, then HKDF with the device's pepper. */
  v: 1 | 2;
  params: PinParams;
  salt: Uint8Array;
  iv: Uint8Array;
  /** The 32-byte data key, encrypted, with its tag. */
  ct: Uint8Array;
}

/**
 * Tuned towards half a second per guess on a mid-range phone (see tests/bench): the memory is
 * what makes guessing costly on GPUs, so it stays at 64 MiB and the passes go down to one
 * (RFC 9106 and OWASP accept t=1 at this memory). Raise `iterations` when phones get faster.
 */
export const PIN_PARAMS: PinParams = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

/** Thrown when the PIN does not open the wrapped key (a wrong PIN, or a damaged wrap). */
export class WrongPinError extends Error {
  constructor() {
    super('The PIN does not open the wrapped data key');
    this.name = 'WrongPinError';
  }
}

/**
 * Thrown when a v2 wrapper is opened without its pepper: the device's IndexedDB (and with it the
 * pepper) is gone, so no PIN can open this wrapper again (the PIN method then destroys it).
 */
export class PinPepperMissingError extends Error {
  constructor() {
    super('The PIN wrapper needs the pepper kept in IndexedDB, and it is gone');
    this.name = 'PinPepperMissingError';
  }
}

const PEPPER_BYTES = 32;
const binding = (v: 1 | 2) => new TextEncoder().encode(`voordeur\0pin-wrap\0v${v}`);

/** A PIN of at least 6 digits that is not a run or a repeat, or a passphrase of at least 10 characters. */
export function pinProblem(pin: string): 'too-short' | 'too-simple' | null {
  if (/^\d+$/.test(pin)) {
    if (pin.length < 6) return 'too-short';
    const steps = new Set([...pin].slice(1).map((d, i) => (Number(d) - Number(pin[i]) + 10) % 10));
    // 000000, 123456, 987654, 135791: one step throughout is guessed first.
    return steps.size === 1 ? 'too-simple' : null;
  }
  return [...pin].length < 10 ? 'too-short' : null;
}

// Named where it is imported: the bundler then keeps only Argon2id of hash-wasm (the whole
// module, with every other hash's WebAssembly, is seven times its size).
const argon2 = () => import('hash-wasm').then(({ argon2id }) => argon2id);

/** Loads Argon2id ahead of the stretch, e.g. while the lock screen waits for the PIN. */
export function preloadArgon2(): Promise<void> {
  return argon2().then(() => undefined);
}

async function stretch(pin: string, salt: Uint8Array, params: PinParams): Promise<Uint8Array> {
  const argon2id = await argon2();
  return argon2id({
    password: pin.normalize('NFC'),
    salt,
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
}

/** The AES-GCM key of a wrapper version from the stretched PIN (zero-filled here). */
async function wrappingKey(bits: Uint8Array, v: 1 | 2, pepper: Uint8Array | null): Promise<CryptoKey> {
  try {
    if (v === 1) return await crypto.subtle.importKey('raw', bits as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
    if (!pepper) throw new PinPepperMissingError();
    if (pepper.length !== PEPPER_BYTES) throw new Error('A PIN pepper is 32 bytes');
    const hkdf = await crypto.subtle.importKey('raw', bits as BufferSource, 'HKDF', false, ['deriveKey']);
    const info = binding(2) as BufferSource;
    return await crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: pepper as BufferSource, info }, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  } finally {
    bits.fill(0);
  }
}

async function seal(raw: Uint8Array, key: CryptoKey, v: 1 | 2, iv: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: binding(v) as BufferSource }, key, raw as BufferSource));
}

/** Wrap `raw` (left as it is: the caller unlocks with it next) under the PIN and the device's pepper. */
export async function wrapWithPin(raw: Uint8Array, pin: string, pepper: Uint8Array, params: PinParams = PIN_PARAMS): Promise<PinWrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await wrappingKey(await stretch(pin, salt, params), 2, pepper);
  return { kind: 'pin', v: 2, params, salt, iv, ct: await seal(raw, key, 2, iv) };
}

/**
 * The raw data key (hand it to unlockWith, which zero-fills it). A wrong PIN, a wrong pepper or a
 * damaged wrap: WrongPinError; a v2 wrap without a pepper: PinPepperMissingError. Never other bytes.
 */
export async function unwrapWithPin(wrapped: PinWrappedKey, pin: string, pepper: Uint8Array | null): Promise<Uint8Array> {
  return (await openPin(wrapped, pin, pepper)).raw;
}

/**
 * Opens a wrapper; a v1 wrapper (no pepper yet) also comes back rewrapped as v2 under `pepper`,
 * with the same salt and stretch (the PIN is not stretched twice) and a fresh IV. Store the new
 * wrap only once the pepper is on disk: a v2 wrap without its pepper opens nothing.
 */
export async function openPin(wrapped: PinWrappedKey, pin: string, pepper: Uint8Array | null): Promise<{ raw: Uint8Array; rewrapped: PinWrappedKey | null }> {
  if (wrapped.kind !== 'pin' || (wrapped.v !== 1 && wrapped.v !== 2)) throw new Error('Unknown PIN wrapper version');
  if (wrapped.v === 2 && !pepper) throw new PinPepperMissingError();
  const bits = await stretch(pin, wrapped.salt, wrapped.params);
  const upgrade = wrapped.v === 1 && pepper ? await wrappingKey(bits.slice(), 2, pepper) : null;
  const key = await wrappingKey(bits, wrapped.v, pepper);
  let raw: Uint8Array;
  try {
    raw = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.iv as BufferSource, additionalData: binding(wrapped.v) as BufferSource }, key, wrapped.ct as BufferSource),
    );
  } catch {
    throw new WrongPinError();
  }
  if (!upgrade) return { raw, rewrapped: null };
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { raw, rewrapped: { ...wrapped, v: 2, iv, ct: await seal(raw, upgrade, 2, iv) } };
}
