import { draftCipher } from './draft-cipher';
import { bindingOf, ENVELOPE_VERSION, SealError } from './envelope';
import { unlockedKeys } from './key-ring';

/**
 * Drafts in localStorage must be written synchronously (a killed page cannot wait), and
 * WebCrypto is asynchronous only. So drafts are sealed with @noble/ciphers' AES-256-GCM
 * (audited, synchronous; loaded with the unlock, draft-cipher.ts) under the ring's draft sub-key,
 * with the same envelope version, key id, random 96-bit IV and binding as everything else. As
 * text: `v1.<key id>.<iv>.<ct>` (base64), or `v1p.…` when the draft key has the device's pepper in
 * it (key-ring.ts: a data key cracked from an old v1 PIN wrapper left in Chromium's localStorage
 * log does not open those drafts).
 */
const PEPPERED = 'p';

export function sealDraft(plain: string, binding: readonly string[]): string {
  const keys = unlockedKeys();
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = draftCipher()(keys.draftKey, iv, bindingOf(binding)).encrypt(new TextEncoder().encode(plain));
  return [`v${ENVELOPE_VERSION}${keys.draftPeppered ? PEPPERED : ''}`, keys.keyId, toBase64(iv), toBase64(ct)].join('.');
}

export function openDraft(sealed: string, binding: readonly string[]): string {
  const keys = unlockedKeys();
  const [version, keyId, iv, ct] = sealed.split('.');
  // A draft from before the pepper opens with the key without it; a peppered one only with the pepper.
  const draftKey = version === `v${ENVELOPE_VERSION}${PEPPERED}` ? (keys.draftPeppered ? keys.draftKey : null) : version === `v${ENVELOPE_VERSION}` ? (keys.legacyDraftKey ?? keys.draftKey) : undefined;
  if (draftKey === undefined) throw new SealError(`Unknown draft envelope version ${String(version)}`);
  if (draftKey === null) throw new SealError('Draft sealed with the pepper, and this device has none');
  if (keyId !== keys.keyId || iv === undefined || ct === undefined) throw new SealError('Draft sealed with another data key');
  try {
    const plain = draftCipher()(draftKey, fromBase64(iv), bindingOf(binding)).decrypt(fromBase64(ct));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch (cause) {
    throw new SealError('Draft does not open here (tampered, moved or another key)', { cause });
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
