import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deviceBinding, openWithEscrow, wrapForEscrow } from '../../../../src/client/crypto/wrappers/escrow';
import { UnwrapError } from '../../../../src/client/crypto/wrappers/key-wrap';

describe('escrow wrapper', () => {
  const escrowKey = randomBytes(32).toString('base64url');
  const binding = deviceBinding('client-1', 'user-1');
  const dataKey = () => Uint8Array.from({ length: 32 }, (_, i) => i);

  it('opens with the escrow key the server gives back', async () => {
    const wrapper = await wrapForEscrow(dataKey(), escrowKey, binding);
    expect(await openWithEscrow(wrapper, escrowKey, binding)).toEqual(dataKey());
  });

  it('another escrow key, or the wrap copied to another device or user, does not open', async () => {
    const wrapper = await wrapForEscrow(dataKey(), escrowKey, binding);
    await expect(openWithEscrow(wrapper, randomBytes(32).toString('base64url'), binding)).rejects.toBeInstanceOf(UnwrapError);
    await expect(openWithEscrow(wrapper, escrowKey, deviceBinding('client-2', 'user-1'))).rejects.toBeInstanceOf(UnwrapError);
    await expect(openWithEscrow(wrapper, escrowKey, deviceBinding('client-1', 'user-2'))).rejects.toBeInstanceOf(UnwrapError);
  });
});
