import type { VoordeurDb } from './database';

/**
 * The PIN wrapper's pepper (crypto/wrappers/pin.ts): 32 random bytes in IndexedDB, one per
 * device. The PIN wrapper itself is in localStorage, whose old values Chromium keeps in a log
 * shared by every site long after a wipe cleared them; the pepper goes with the origin's
 * IndexedDB directory, which Clear-Site-Data (revoke, logout) deletes. So a wrapper left in that
 * log can no longer be attacked by guessing PINs. Never sealed: it is a key, not personal data,
 * and it must be readable before the data key is in memory.
 */
export const PIN_PEPPER_KEY = 'unlock:pin-pepper';

export interface PepperStore {
  /** The pepper, or null when this device has none (never set, or wiped). */
  read(): Promise<Uint8Array | null>;
  /** The pepper, made and stored (durably, before it is returned) if there is none yet. */
  ensure(): Promise<Uint8Array>;
}

/** Stored as bytes; read back as a Uint8Array whatever realm cloned it (tests run in jsdom). */
const asPepper = (value: unknown): Uint8Array | null =>
  ArrayBuffer.isView(value) && value.byteLength === 32 ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : null;

export function pinPepperStore(db: VoordeurDb): PepperStore {
  const read = async () => asPepper((await db.meta.get(PIN_PEPPER_KEY))?.value);
  return {
    read,
    // One transaction: two tabs setting a PIN at once agree on one pepper.
    ensure: () =>
      db.transaction('rw', db.meta, async () => {
        const found = await read();
        if (found) return found;
        const pepper = crypto.getRandomValues(new Uint8Array(32));
        await db.meta.put({ key: PIN_PEPPER_KEY, value: pepper });
        return pepper;
      }),
  };
}
