import { unlockedKeys, type UnlockedKeys } from './key-ring';

/**
 * The versioned envelope every sealed value is stored in (IndexedDB keeps the bytes as they are):
 * `v` the format (1: AES-256-GCM with the ring's record key, a random 96-bit IV, a 128-bit tag),
 * `k` the id of the data key, `iv`, and `ct` the ciphertext with its tag.
 *
 * The additional data binds a ciphertext to where it belongs (table, record id and, for the
 * outbox, the mutation id): moved to another record, table or mutation it fails to open instead
 * of showing someone else's note. Every failure throws; nothing ever decodes to garbage.
 *
 * WHY random IVs and not a counter: several tabs write with the same key and a counter would
 * have to be shared and persisted atomically. With 96 random bits the chance of a repeat stays
 * below 2^-32 up to 2^32 writes (NIST SP 800-38D 8.3), far beyond a device's lifetime.
 */
export interface Envelope {
  v: 1;
  k: string;
  iv: Uint8Array;
  ct: Uint8Array;
}

export const ENVELOPE_VERSION = 1;

/** Thrown when a sealed value cannot be opened: wrong key, moved, tampered or unknown version. */
export class SealError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SealError';
  }
}

/** Whether a stored value is an envelope (legacy plain values are objects of strings, never bytes). */
export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && 'ct' in value && ArrayBuffer.isView((value as Envelope).iv);
}

/** The additional data: the parts joined by NUL (ids and table names never hold a NUL). */
export function bindingOf(parts: readonly string[]): Uint8Array {
  return new TextEncoder().encode(['voordeur', ...parts].join('\0'));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export async function seal(plain: string, binding: readonly string[], keys: UnlockedKeys = unlockedKeys()): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: bindingOf(binding) as BufferSource },
    keys.recordKey,
    encoder.encode(plain) as BufferSource,
  );
  return { v: ENVELOPE_VERSION, k: keys.keyId, iv, ct: new Uint8Array(ct) };
}

export async function open(envelope: unknown, binding: readonly string[], keys: UnlockedKeys = unlockedKeys()): Promise<string> {
  if (!isEnvelope(envelope)) throw new SealError('Not a sealed value');
  if (envelope.v !== ENVELOPE_VERSION) throw new SealError(`Unknown envelope version ${String(envelope.v)}`);
  if (envelope.k !== keys.keyId) throw new SealError('Sealed with another data key');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: envelope.iv as BufferSource, additionalData: bindingOf(binding) as BufferSource },
      keys.recordKey,
      envelope.ct as BufferSource,
    );
  } catch (cause) {
    throw new SealError('Sealed value does not open here (tampered, moved or another key)', { cause });
  }
  return decoder.decode(plain);
}
