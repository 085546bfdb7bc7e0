/**
 * The PIN wrapper: the data key wrapped (AES-256-GCM) by a key stretched from the worker's PIN
 * or passphrase with Argon2id. What sits on disk is only this wrapped key with its salt and
 * parameters; a copy of the phone's storage can only be attacked by running Argon2id (64 MiB per
 * guess) for every candidate, which is why a 6-digit minimum and these costs (not PBKDF2 and 4
 * digits, which fall in minutes offline) are the floor. The passkey wrapper, where the phone has
 * PRF, avoids even that. The parameters are stored with the wrap, so they can be raised later.
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
  v: 1;
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

const WRAP_BINDING = new TextEncoder().encode('voordeur\0pin-wrap\0v1');

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

async function stretch(pin: string, salt: Uint8Array, params: PinParams): Promise<CryptoKey> {
  const { argon2id } = await import('hash-wasm');
  const bits = await argon2id({
    password: pin.normalize('NFC'),
    salt,
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    return await crypto.subtle.importKey('raw', bits as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    bits.fill(0);
  }
}

/** Wrap `raw` (left as it is: the caller unlocks with it next) under the PIN. */
export async function wrapWithPin(raw: Uint8Array, pin: string, params: PinParams = PIN_PARAMS): Promise<PinWrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await stretch(pin, salt, params);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: WRAP_BINDING as BufferSource }, key, raw as BufferSource);
  return { kind: 'pin', v: 1, params, salt, iv, ct: new Uint8Array(ct) };
}

/** The raw data key (hand it to unlockWith, which zero-fills it), or WrongPinError. */
export async function unwrapWithPin(wrapped: PinWrappedKey, pin: string): Promise<Uint8Array> {
  if (wrapped.kind !== 'pin' || wrapped.v !== 1) throw new Error('Unknown PIN wrapper version');
  const key = await stretch(pin, wrapped.salt, wrapped.params);
  try {
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrapped.iv as BufferSource, additionalData: WRAP_BINDING as BufferSource },
      key,
      wrapped.ct as BufferSource,
    );
    return new Uint8Array(raw);
  } catch {
    throw new WrongPinError();
  }
}
