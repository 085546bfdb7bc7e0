/**
 * Where the wrapped data keys and the wrong-PIN count live: localStorage, because it is
 * synchronous (the count is raised before a PIN is tried and must be on disk before the check
 * can be cut off) and small. Nothing here opens anything by itself: every value is the data key
 * wrapped by a secret that is not on the device (the passkey's hardware, the server's escrow
 * key, the worker's PIN stretched by Argon2id and the pepper kept in IndexedDB, db/pin-pepper.ts).
 * This is the one place for them: the PIN wrap
 * lives here too, so `exists()` is synchronous and a wipe clears all in one go. Read values are
 * checked with a schema; a damaged one counts as missing.
 */
import * as z from 'zod/mini';
import type { CounterStore } from '../crypto/pin-attempts';
import type { EscrowWrapper } from '../crypto/wrappers/escrow';
import type { PasskeyWrapper } from '../crypto/wrappers/passkey';
import type { PinWrappedKey } from '../crypto/wrappers/pin';
import { fromBase64Url, toBase64Url } from '../crypto/bytes';

const PREFIX = 'voordeur.unlock.';
/**
 * Per user, as the data key is per device and user: another worker logging in on this device
 * sets up a key of their own and never meets (nor overwrites) the first one's wraps.
 */
const keysOf = (userId: string) => {
  const at = userId ? `${PREFIX}${userId}.` : PREFIX;
  return { passkey: `${at}passkey`, escrow: `${at}escrow`, pin: `${at}pin`, pinFailures: `${at}pin-failures` } as const;
};

const b64 = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/));
const wrappedSchema = z.object({ v: z.literal(1), iv: b64, sealed: b64 });
const passkeySchema = z.object({ kind: z.literal('passkey'), v: z.literal(1), credentialId: b64, salt: b64, wrapped: wrappedSchema });
const escrowSchema = z.object({ kind: z.literal('escrow'), v: z.literal(1), wrapped: wrappedSchema });
const positiveInt = () => z.number().check(z.int(), z.positive());
const params = z.object({ memoryKiB: positiveInt(), iterations: positiveInt(), parallelism: positiveInt() });
const pinSchema = z.object({ kind: z.literal('pin'), v: z.union([z.literal(1), z.literal(2)]), params, salt: b64, iv: b64, ct: b64 });

/** The PIN wrap as stored: its bytes as base64url text (JSON has no bytes). */
type StoredPin = z.infer<typeof pinSchema>;
const pinToText = (w: PinWrappedKey): StoredPin => ({ ...w, salt: toBase64Url(w.salt), iv: toBase64Url(w.iv), ct: toBase64Url(w.ct) });
const pinFromText = (w: StoredPin): PinWrappedKey => ({ ...w, salt: fromBase64Url(w.salt), iv: fromBase64Url(w.iv), ct: fromBase64Url(w.ct) });

export interface UnlockStore {
  passkey(): PasskeyWrapper | null;
  savePasskey(wrapper: PasskeyWrapper): void;
  forgetPasskey(): void;
  escrow(): EscrowWrapper | null;
  saveEscrow(wrapper: EscrowWrapper): void;
  pin(): PinWrappedKey | null;
  savePin(wrapper: PinWrappedKey): void;
  /** After the last wrong PIN: the PIN wrap is gone for good. */
  forgetPin(): void;
  pinFailures: CounterStore;
  /** Everything of every user on this device (a wipe). */
  clear(): void;
}

export function unlockStore(storage: Storage | null = defaultStorage(), userId = ''): UnlockStore {
  const keys = keysOf(userId);
  const read = <T>(key: string, schema: z.ZodMiniType<T>): T | null => {
    const text = storage?.getItem(key);
    if (!text) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: unknown) => storage?.setItem(key, JSON.stringify(value));
  return {
    passkey: () => read(keys.passkey, passkeySchema),
    savePasskey: (wrapper) => write(keys.passkey, wrapper),
    forgetPasskey: () => storage?.removeItem(keys.passkey),
    escrow: () => read(keys.escrow, escrowSchema),
    saveEscrow: (wrapper) => write(keys.escrow, wrapper),
    pin: () => {
      const stored = read(keys.pin, pinSchema);
      return stored ? pinFromText(stored) : null;
    },
    savePin: (wrapper) => write(keys.pin, pinToText(wrapper)),
    forgetPin: () => storage?.removeItem(keys.pin),
    pinFailures: {
      read: () => {
        const text = storage?.getItem(keys.pinFailures);
        return text === null || text === undefined ? 0 : Number(text);
      },
      write: (n) => storage?.setItem(keys.pinFailures, String(n)),
    },
    clear: () => {
      if (!storage) return;
      const all = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(PREFIX) ?? false);
      for (const key of all) storage.removeItem(key);
    },
  };
}

function defaultStorage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}
