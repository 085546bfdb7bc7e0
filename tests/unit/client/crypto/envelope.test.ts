import { beforeEach, describe, expect, it } from 'vitest';
import { createDataKey, isUnlocked, lock, LockedError, onLockChange, unlockedKeys, unlockWith } from '../../../../src/client/crypto/key-ring';
import { open, seal, SealError, type Envelope } from '../../../../src/client/crypto/envelope';
import { openDraft, sealDraft } from '../../../../src/client/crypto/draft-seal';
import { createSealedCodec } from '../../../../src/client/db/sealed-codec';

const note = 'Mevrouw De Vries heeft schulden bij de woningcorporatie';

describe('the v1 envelope (AES-GCM with the key ring)', () => {
  beforeEach(async () => {
    await unlockWith(createDataKey());
  });

  it('zero-fills the raw key it was given, and lock drops the keys and tells listeners', async () => {
    const raw = createDataKey();
    const copy = raw.slice();
    await unlockWith(raw);
    expect(raw.every((b) => b === 0)).toBe(true);
    expect(copy.some((b) => b !== 0)).toBe(true);
    const seen: boolean[] = [];
    const stop = onLockChange((unlocked) => seen.push(unlocked));
    lock();
    stop();
    expect(isUnlocked()).toBe(false);
    expect(seen).toEqual([false]);
    await expect(seal(note, ['contacts', 'c1'])).rejects.toBeInstanceOf(LockedError);
  });

  it('makes a non-extractable record key', () => {
    expect(unlockedKeys().recordKey.extractable).toBe(false);
  });

  it('opens what it sealed, and the ciphertext holds no plain text', async () => {
    const sealed = await seal(note, ['contacts', 'c1']);
    expect(sealed).toMatchObject({ v: 1, k: unlockedKeys().keyId });
    expect(sealed.iv).toHaveLength(12);
    expect(Buffer.from(sealed.ct).toString('latin1')).not.toContain('Vries');
    expect(await open(sealed, ['contacts', 'c1'])).toBe(note);
  });

  it('never repeats an IV over 100,000 encryptions', async () => {
    const ivs = new Set<string>();
    const keys = unlockedKeys();
    for (let round = 0; round < 100; round++) {
      const batch = await Promise.all(Array.from({ length: 1_000 }, () => seal('x', ['t', 'i'], keys)));
      for (const e of batch) ivs.add(Buffer.from(e.iv).toString('hex'));
    }
    expect(ivs.size).toBe(100_000);
  });

  it('fails loudly, never with garbage: another key, a tampered byte, another record, table or mutation', async () => {
    const sealed = await seal(note, ['outbox', 'contacts', 'c1', 'm1']);
    await expect(open(sealed, ['outbox', 'contacts', 'c2', 'm1'])).rejects.toBeInstanceOf(SealError);
    await expect(open(sealed, ['outbox', 'households', 'c1', 'm1'])).rejects.toBeInstanceOf(SealError);
    await expect(open(sealed, ['outbox', 'contacts', 'c1', 'm2'])).rejects.toBeInstanceOf(SealError);
    await expect(open(sealed, ['contacts', 'c1'])).rejects.toBeInstanceOf(SealError);
    const tampered: Envelope = { ...sealed, ct: sealed.ct.slice() };
    tampered.ct[3]! ^= 1;
    await expect(open(tampered, ['outbox', 'contacts', 'c1', 'm1'])).rejects.toBeInstanceOf(SealError);
    const otherIv: Envelope = { ...sealed, iv: sealed.iv.slice() };
    otherIv.iv[0]! ^= 1;
    await expect(open(otherIv, ['outbox', 'contacts', 'c1', 'm1'])).rejects.toBeInstanceOf(SealError);
    // Another data key (and one that claims the current key's id).
    await unlockWith(createDataKey());
    await expect(open(sealed, ['outbox', 'contacts', 'c1', 'm1'])).rejects.toThrow(/another data key/);
    await expect(open({ ...sealed, k: unlockedKeys().keyId }, ['outbox', 'contacts', 'c1', 'm1'])).rejects.toBeInstanceOf(SealError);
  });

  it('checks the envelope version', async () => {
    const sealed = await seal(note, ['contacts', 'c1']);
    await expect(open({ ...sealed, v: 2 as 1 }, ['contacts', 'c1'])).rejects.toThrow(/Unknown envelope version 2/);
    await expect(open({ plain: note }, ['contacts', 'c1'])).rejects.toBeInstanceOf(SealError);
  });

  it('seals drafts synchronously with the same guarantees', () => {
    const sealed = sealDraft(note, ['drafts', 'contact:1']);
    expect(sealed.startsWith(`v1.${unlockedKeys().keyId}.`)).toBe(true);
    expect(sealed).not.toContain('Vries');
    expect(openDraft(sealed, ['drafts', 'contact:1'])).toBe(note);
    expect(() => openDraft(sealed, ['drafts', 'contact:2'])).toThrow(SealError);
    expect(() => openDraft(sealed.replace(/^v1/, 'v2'), ['drafts', 'contact:1'])).toThrow(/version/);
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64');
    ct[0]! ^= 1;
    expect(() => openDraft([...parts.slice(0, 3), ct.toString('base64')].join('.'), ['drafts', 'contact:1'])).toThrow(SealError);
    expect(new Set(Array.from({ length: 1_000 }, () => sealDraft('x', ['d']).split('.')[2])).size).toBe(1_000);
  });

  it('the sealed codec refuses plain values unless the legacy pass is still to run', async () => {
    const codec = createSealedCodec();
    await expect(codec.decode('contacts', 'c1', { note })).rejects.toBeInstanceOf(SealError);
    codec.acceptPlain = true;
    expect(await codec.decode('contacts', 'c1', { note })).toEqual({ note });
    const sealed = await codec.encode('contacts', 'c1', { note }, 'm1');
    await expect(codec.decode('contacts', 'c1', sealed)).rejects.toBeInstanceOf(SealError);
    expect(await codec.decode('contacts', 'c1', sealed, 'm1')).toEqual({ note });
  });
});
