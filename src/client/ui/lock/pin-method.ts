/**
 * The PIN wrapper as the lock screen uses it. Helper `crypto` builds the wrapper itself (Argon2id,
 * src/client/crypto/wrappers/pin.ts); the composition root hands an adapter in, so this screen
 * does not depend on how the PIN is stretched. `open` throws on a wrong PIN (never returns other
 * bytes); `destroy` removes the wrapped key for good (after 10 wrong PINs). A wrapper that can
 * never open again (its pepper in IndexedDB is gone) is destroyed by `open` itself, which then throws.
 */
export interface PinMethod {
  exists(): boolean;
  set(raw: Uint8Array, pin: string): Promise<void>;
  open(pin: string): Promise<Uint8Array>;
  destroy(): void;
}
