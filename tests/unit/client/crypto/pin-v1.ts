import { argon2id } from 'hash-wasm';
import type { PinParams, PinWrappedKey } from '../../../../src/client/crypto/wrappers/pin';

/** Small enough for a unit test; the stored parameters travel with the wrap. */
export const TEST_PIN_PARAMS: PinParams = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

/**
 * A PIN wrapper as the version before the pepper wrote it (v1: Argon2id straight into the AES-GCM
 * key), made here without the app's code, so the migration is tested against the old format.
 */
export async function legacyV1Wrap(raw: Uint8Array, pin: string, params = TEST_PIN_PARAMS): Promise<PinWrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const bits = await argon2id({ password: pin.normalize('NFC'), salt, iterations: params.iterations, parallelism: params.parallelism, memorySize: params.memoryKiB, hashLength: 32, outputType: 'binary' });
  const key = await crypto.subtle.importKey('raw', bits as BufferSource, 'AES-GCM', false, ['encrypt']);
  const additionalData = new TextEncoder().encode('voordeur\0pin-wrap\0v1') as BufferSource;
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData }, key, raw as BufferSource));
  return { kind: 'pin', v: 1, params, salt, iv, ct };
}
