/**
 * The one way a wrapper keeps the data key on disk: AES-256-GCM under a wrapping key derived by
 * HKDF-SHA-256 from a secret only the wrapper can produce (a passkey's PRF output, an escrow key
 * from the server). The purpose and what the wrap is bound to (device, user) are the additional
 * data, so a wrapped key cannot be used under another purpose or copied to another device.
 * The wrapping key is a non-extractable CryptoKey that lives only for one call.
 */
import { fromBase64Url, randomBytes, toBase64Url } from '../bytes';

export interface WrappedKey {
  readonly v: 1;
  /** 96-bit IV, base64url. */
  readonly iv: string;
  /** Ciphertext and 128-bit tag, base64url. */
  readonly sealed: string;
}

export type WrapPurpose = 'passkey' | 'escrow';

/** Thrown for a wrong secret, a tampered value, or a value bound to something else; never garbage. */
export class UnwrapError extends Error {
  constructor() {
    super('The data key could not be unwrapped (wrong secret, tampered, or bound to another device)');
    this.name = 'UnwrapError';
  }
}

export async function wrapDataKey(secret: Uint8Array, purpose: WrapPurpose, raw: Uint8Array, boundTo: string, iv = randomBytes(12)): Promise<WrappedKey> {
  const key = await wrappingKey(secret, purpose);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: ad(purpose, boundTo) as BufferSource }, key, raw as BufferSource);
  return { v: 1, iv: toBase64Url(iv), sealed: toBase64Url(new Uint8Array(sealed)) };
}

export async function unwrapDataKey(secret: Uint8Array, purpose: WrapPurpose, wrapped: WrappedKey, boundTo: string): Promise<Uint8Array> {
  if (wrapped.v !== 1) throw new UnwrapError();
  const key = await wrappingKey(secret, purpose);
  try {
    const iv = fromBase64Url(wrapped.iv);
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: ad(purpose, boundTo) as BufferSource }, key, fromBase64Url(wrapped.sealed) as BufferSource);
    const raw = new Uint8Array(opened);
    if (raw.length !== 32) throw new UnwrapError();
    return raw;
  } catch {
    throw new UnwrapError();
  }
}

async function wrappingKey(secret: Uint8Array, purpose: WrapPurpose): Promise<CryptoKey> {
  const hkdf = await crypto.subtle.importKey('raw', secret as BufferSource, 'HKDF', false, ['deriveKey']);
  const info = new TextEncoder().encode(`voordeur ${purpose} wrap v1`) as BufferSource;
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info }, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function ad(purpose: WrapPurpose, boundTo: string): Uint8Array {
  return new TextEncoder().encode(`voordeur ${purpose} key v1\0${boundTo}`);
}
