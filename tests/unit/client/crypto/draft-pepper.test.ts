// Drafts sit in localStorage, whose old values Chromium keeps in a log shared by all sites long
// after a wipe, next to old key wrappers. A PIN wrapper from before the pepper (v1) left there
// can be cracked by guessing PINs and gives the data key; the pepper (in IndexedDB, deleted by the
// wipe) in the draft key keeps every draft sealed since closed to that data key alone.
import { afterEach, describe, expect, it } from 'vitest';
import { openDraft, sealDraft } from '../../../../src/client/crypto/draft-seal';
import { SealError } from '../../../../src/client/crypto/envelope';
import { createDataKey, lock, unlockWith } from '../../../../src/client/crypto/key-ring';

const note = 'Meneer Bakker slaapt sinds gisteren in zijn auto';
const binding = ['drafts', 'contact:1'];
const pepper = () => crypto.getRandomValues(new Uint8Array(32));

afterEach(() => lock());

describe('the drafts key has the device pepper in it', () => {
  it('a draft sealed with the pepper does not open with the data key alone, nor with another pepper', async () => {
    const raw = createDataKey();
    const devicePepper = pepper();
    await unlockWith(raw.slice(), devicePepper);
    const sealed = sealDraft(note, binding);
    expect(sealed.startsWith('v1p.')).toBe(true);
    expect(openDraft(sealed, binding)).toBe(note);

    await unlockWith(raw.slice()); // what a cracked v1 PIN wrapper gives: the data key, no pepper
    expect(() => openDraft(sealed, binding)).toThrow(SealError);
    await unlockWith(raw.slice(), pepper());
    expect(() => openDraft(sealed, binding)).toThrow(SealError);
    await unlockWith(raw.slice(), devicePepper);
    expect(openDraft(sealed, binding)).toBe(note);
  });

  it('a draft sealed before the pepper still opens after it (no keystroke lost in the update)', async () => {
    const raw = createDataKey();
    await unlockWith(raw.slice());
    const before = sealDraft(note, binding);
    expect(before.startsWith('v1.')).toBe(true);
    await unlockWith(raw.slice(), pepper());
    expect(openDraft(before, binding)).toBe(note);
    expect(sealDraft(note, binding).startsWith('v1p.')).toBe(true);
  });
});
