/**
 * Where the wrapped data keys and the wrong-PIN count live: localStorage, because it is
 * synchronous (the count is raised before a PIN is tried and must be on disk before the check
 * can be cut off) and small. Nothing here opens anything by itself: every value is the data key
 * wrapped by a secret that is not on the device (the passkey's hardware, the server's escrow
 * key). Read values are checked with a schema; a damaged one counts as missing.
 */
import { z } from 'zod';
import type { CounterStore } from '../crypto/pin-attempts';
import type { EscrowWrapper } from '../crypto/wrappers/escrow';
import type { PasskeyWrapper } from '../crypto/wrappers/passkey';

const PREFIX = 'voordeur.unlock.';
const keys = { passkey: `${PREFIX}passkey`, escrow: `${PREFIX}escrow`, pinFailures: `${PREFIX}pin-failures` } as const;

const b64 = z.string().regex(/^[A-Za-z0-9_-]+$/);
const wrappedSchema = z.object({ v: z.literal(1), iv: b64, sealed: b64 });
const passkeySchema = z.object({ kind: z.literal('passkey'), v: z.literal(1), credentialId: b64, salt: b64, wrapped: wrappedSchema });
const escrowSchema = z.object({ kind: z.literal('escrow'), v: z.literal(1), wrapped: wrappedSchema });

export interface UnlockStore {
  passkey(): PasskeyWrapper | null;
  savePasskey(wrapper: PasskeyWrapper): void;
  forgetPasskey(): void;
  escrow(): EscrowWrapper | null;
  saveEscrow(wrapper: EscrowWrapper): void;
  pinFailures: CounterStore;
  /** Everything (a wipe, a logout). */
  clear(): void;
}

export function unlockStore(storage: Storage | null = defaultStorage()): UnlockStore {
  const read = <T>(key: string, schema: z.ZodType<T>): T | null => {
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
    pinFailures: {
      read: () => {
        const text = storage?.getItem(keys.pinFailures);
        return text === null || text === undefined ? 0 : Number(text);
      },
      write: (n) => storage?.setItem(keys.pinFailures, String(n)),
    },
    clear: () => Object.values(keys).forEach((key) => storage?.removeItem(key)),
  };
}

function defaultStorage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}
