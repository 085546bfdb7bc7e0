import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { argon2PinMethod, createLockServices, unlockWithPepper } from '../../../../src/client/app/lock-services';
import { sealDraft } from '../../../../src/client/crypto/draft-seal';
import { lock, unlockWith } from '../../../../src/client/crypto/key-ring';
import { PinPepperMissingError, unwrapWithPin } from '../../../../src/client/crypto/wrappers/pin';
import { createDataLayer } from '../../../../src/client/db';
import { VoordeurDb } from '../../../../src/client/db/database';
import { saveLastLogin } from '../../../../src/client/sync/last-success';
import { CONTENT_VERSION } from '../../../../src/content';
import { PIN_PEPPER_KEY, pinPepperStore } from '../../../../src/client/db/pin-pepper';
import { unlockStore } from '../../../../src/client/db/unlock-store';
import { uuidv7 } from '../../../../src/domain';
import { memoryStorage } from '../../../support/memory-storage';
import { legacyV1Wrap } from '../crypto/pin-v1';

const PIN = '482913';

function device() {
  const db = new VoordeurDb(`pepper-${uuidv7()}`);
  const store = unlockStore(memoryStorage(), 'user-1');
  return { db, store, pepper: pinPepperStore(db), method: argon2PinMethod(store, pinPepperStore(db)) };
}

describe('the app PIN method: the wrapper bound to the pepper in IndexedDB', () => {
  it('setting a PIN makes the pepper and wraps with it', async () => {
    const { store, pepper, method } = device();
    const raw = crypto.getRandomValues(new Uint8Array(32));
    await method.set(raw.slice(), PIN);
    const kept = await pepper.read();
    expect(kept).toHaveLength(32);
    expect(store.pin()?.v).toBe(2);
    expect(await method.open(PIN)).toEqual(raw);
    expect(await unwrapWithPin(store.pin()!, PIN, kept)).toEqual(raw);
  });

  it('a device set up before the pepper still unlocks, and its wrapper is rewrapped with the pepper', async () => {
    const { store, pepper, method } = device();
    const raw = crypto.getRandomValues(new Uint8Array(32));
    store.savePin(await legacyV1Wrap(raw, PIN));
    expect(await pepper.read()).toBeNull();

    expect(await method.open(PIN)).toEqual(raw);
    const upgraded = store.pin()!;
    expect(upgraded.v).toBe(2);
    expect(await pepper.read()).toHaveLength(32);
    // The next unlock opens the new wrapper; without the pepper it opens nothing.
    expect(await method.open(PIN)).toEqual(raw);
    await expect(unwrapWithPin(upgraded, PIN, null)).rejects.toThrow(PinPepperMissingError);
  });

  it('a wrong PIN on an old wrapper leaves it as it was', async () => {
    const { store, method } = device();
    const old = await legacyV1Wrap(crypto.getRandomValues(new Uint8Array(32)), PIN);
    store.savePin(old);
    await expect(method.open('000001')).rejects.toThrow();
    expect(store.pin()).toEqual(old);
  });

  it('once IndexedDB is gone (a wipe that left localStorage) the wrapper fails loudly and is destroyed', async () => {
    const { db, store, method } = device();
    await method.set(crypto.getRandomValues(new Uint8Array(32)), PIN);
    db.close({ disableAutoOpen: false });
    await Dexie.delete(db.name);
    await expect(method.open(PIN)).rejects.toThrow(PinPepperMissingError);
    expect(method.exists()).toBe(false);
    expect(store.pin()).toBeNull();
  });

  it('two tabs setting a PIN at once agree on one pepper', async () => {
    const { db } = device();
    const [a, b] = await Promise.all([pinPepperStore(db).ensure(), pinPepperStore(db).ensure()]);
    expect(a).toEqual(b);
    expect((await db.meta.get(PIN_PEPPER_KEY))?.value).toEqual(a);
  });

  it('every unlock puts the pepper into the drafts key (made if the device has none: passkey only)', async () => {
    const { pepper } = device();
    expect(await pepper.read()).toBeNull();
    await unlockWithPepper(crypto.getRandomValues(new Uint8Array(32)), pepper);
    try {
      expect(await pepper.read()).toHaveLength(32);
      expect(sealDraft('x', ['drafts', 'contact:1']).startsWith('v1p.')).toBe(true);
    } finally {
      lock();
    }
  });
});

describe('the lock services: what the start reads for the first lock screen', () => {
  it('holds the device client id and its last contact once read while locked, until the first unlock', async () => {
    const data = createDataLayer({ name: `prime-${uuidv7()}`, contentVersion: CONTENT_VERSION });
    await saveLastLogin(data, 1_700_000_000_000);
    const services = createLockServices(data, () => null);
    expect(services.primed?.()).toBeNull();
    await services.prime();
    expect(services.primed?.()).toEqual({ clientId: await data.device.clientId(), lastContact: 1_700_000_000_000 });
    await unlockWith(crypto.getRandomValues(new Uint8Array(32)));
    try {
      // A later lock screen (after an auto-lock) reads its own: the lease may have run out since.
      expect(services.primed?.()).toBeNull();
    } finally {
      lock();
    }
  });
});
