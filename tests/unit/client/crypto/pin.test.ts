import { describe, expect, it } from 'vitest';
import { openPin, PinPepperMissingError, unwrapWithPin, WrongPinError, wrapWithPin } from '../../../../src/client/crypto/wrappers/pin';
import { legacyV1Wrap, TEST_PIN_PARAMS } from './pin-v1';

const PIN = '482913';
const newPepper = () => crypto.getRandomValues(new Uint8Array(32));
const newKey = () => crypto.getRandomValues(new Uint8Array(32));

describe('PIN wrapper with the device pepper (v2)', () => {
  it('opens with the PIN and the pepper, and gives the data key back', async () => {
    const raw = newKey();
    const pepper = newPepper();
    const wrapped = await wrapWithPin(raw, PIN, pepper, TEST_PIN_PARAMS);
    expect(wrapped.v).toBe(2);
    expect(await unwrapWithPin(wrapped, PIN, pepper)).toEqual(raw);
  });

  it('a wrong PIN, a wrong pepper or a flipped bit fails loudly, never with other bytes', async () => {
    const pepper = newPepper();
    const wrapped = await wrapWithPin(newKey(), PIN, pepper, TEST_PIN_PARAMS);
    await expect(unwrapWithPin(wrapped, '482914', pepper)).rejects.toThrow(WrongPinError);
    await expect(unwrapWithPin(wrapped, PIN, newPepper())).rejects.toThrow(WrongPinError);
    const flipped = wrapped.ct.slice();
    flipped[0] = flipped[0]! ^ 1;
    await expect(unwrapWithPin({ ...wrapped, ct: flipped }, PIN, pepper)).rejects.toThrow(WrongPinError);
    // The version is bound too: the same bytes claimed as v1 (no pepper) open nothing.
    await expect(unwrapWithPin({ ...wrapped, v: 1 }, PIN, null)).rejects.toThrow(WrongPinError);
  });

  it('without the pepper (IndexedDB gone) it refuses before trying any PIN', async () => {
    const wrapped = await wrapWithPin(newKey(), PIN, newPepper(), TEST_PIN_PARAMS);
    await expect(unwrapWithPin(wrapped, PIN, null)).rejects.toThrow(PinPepperMissingError);
    await expect(wrapWithPin(newKey(), PIN, new Uint8Array(16), TEST_PIN_PARAMS)).rejects.toThrow(/32 bytes/);
  });

  it('an unknown version is an error', async () => {
    const wrapped = await wrapWithPin(newKey(), PIN, newPepper(), TEST_PIN_PARAMS);
    await expect(unwrapWithPin({ ...wrapped, v: 3 as 2 }, PIN, newPepper())).rejects.toThrow(/Unknown PIN wrapper version/);
  });
});

describe('PIN wrapper from before the pepper (v1)', () => {
  it('still opens with the PIN alone, and comes back rewrapped under the pepper', async () => {
    const raw = newKey();
    const old = await legacyV1Wrap(raw, PIN);
    const pepper = newPepper();
    const { raw: opened, rewrapped } = await openPin(old, PIN, pepper);
    expect(opened).toEqual(raw);
    expect(rewrapped).toMatchObject({ kind: 'pin', v: 2, params: old.params });
    expect(rewrapped!.iv).not.toEqual(old.iv);
    expect(await unwrapWithPin(rewrapped!, PIN, pepper)).toEqual(raw);
    await expect(unwrapWithPin(rewrapped!, PIN, null)).rejects.toThrow(PinPepperMissingError);
    await expect(unwrapWithPin(rewrapped!, PIN, newPepper())).rejects.toThrow(WrongPinError);
  });

  it('a wrong PIN on a v1 wrapper is a wrong PIN, and nothing is rewrapped', async () => {
    await expect(openPin(await legacyV1Wrap(newKey(), PIN), '000001', newPepper())).rejects.toThrow(WrongPinError);
  });
});
