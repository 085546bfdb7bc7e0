/** The data-key wrap against an independent implementation (node:crypto), plus its failure modes. */
import { createCipheriv, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/client/crypto/bytes';
import { UnwrapError, unwrapDataKey, wrapDataKey } from '../../../../src/client/crypto/wrappers/key-wrap';

const secret = Uint8Array.from({ length: 32 }, (_, i) => i);
const raw = () => Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const iv = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);

/** The same construction written out with node:crypto: HKDF-SHA-256 → AES-256-GCM with the purpose and binding as AAD. */
function reference(purpose: string, boundTo: string): string {
  const key = Buffer.from(hkdfSync('sha256', secret, new Uint8Array(0), `voordeur ${purpose} wrap v1`, 32));
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`voordeur ${purpose} key v1\0${boundTo}`));
  return toBase64Url(Buffer.concat([cipher.update(raw()), cipher.final(), cipher.getAuthTag()]));
}

describe('data key wrap', () => {
  it('matches the reference construction (test vector)', async () => {
    const wrapped = await wrapDataKey(secret, 'passkey', raw(), 'device\0user', iv);
    expect(wrapped).toEqual({ v: 1, iv: toBase64Url(iv), sealed: reference('passkey', 'device\0user') });
    expect(fromBase64Url(wrapped.sealed)).toHaveLength(48);
  });

  it('opens with the right secret, purpose and binding', async () => {
    const wrapped = await wrapDataKey(secret, 'escrow', raw(), 'd\0u');
    expect(await unwrapDataKey(secret, 'escrow', wrapped, 'd\0u')).toEqual(raw());
  });

  it('fails loudly, never with other bytes, on a wrong secret, purpose, binding, tampering or version', async () => {
    const wrapped = await wrapDataKey(secret, 'passkey', raw(), 'd\0u');
    const other = secret.map((b) => b ^ 1);
    const tampered = fromBase64Url(wrapped.sealed);
    tampered[3]! ^= 0x10;
    await expect(unwrapDataKey(other, 'passkey', wrapped, 'd\0u')).rejects.toBeInstanceOf(UnwrapError);
    await expect(unwrapDataKey(secret, 'escrow', wrapped, 'd\0u')).rejects.toBeInstanceOf(UnwrapError);
    await expect(unwrapDataKey(secret, 'passkey', wrapped, 'other-device\0u')).rejects.toBeInstanceOf(UnwrapError);
    await expect(unwrapDataKey(secret, 'passkey', { ...wrapped, sealed: toBase64Url(tampered) }, 'd\0u')).rejects.toBeInstanceOf(UnwrapError);
    await expect(unwrapDataKey(secret, 'passkey', { ...wrapped, v: 2 as 1 }, 'd\0u')).rejects.toBeInstanceOf(UnwrapError);
  });

  it('uses a fresh IV for every wrap', async () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 200; i += 1) ivs.add((await wrapDataKey(secret, 'escrow', raw(), 'b')).iv);
    expect(ivs.size).toBe(200);
  });
});
