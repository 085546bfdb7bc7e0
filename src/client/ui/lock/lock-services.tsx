/**
 * What the lock screens need from the composition root: the flow (with the key ring, the
 * wrappers and the PIN method wired in), the lease and lock settings, and WebAuthn. Screens get
 * it through context so tests can hand in fakes.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { LockSettings } from '../../crypto/lock-policy';
import type { UnlockFlow } from './unlock-flow';
import { useLockState } from './use-unlocked';

export interface LockServices {
  /** Built for the logged-in user and device (the binding needs both). */
  flowFor(session: { userId: string; clientId: string }): UnlockFlow;
  isUnlocked(): boolean;
  onLockChange(listener: (unlocked: boolean) => void): () => void;
  lock(): void;
  /** The team's idle and background times, read at each unlock (they may change at a sync). */
  settings(): LockSettings;
  /** Whether this build has the PIN wrapper (crypto's Argon2id); without it only the passkey. */
  pinAvailable: boolean;
  /** Whether to offer the passkey (WebAuthn with a platform authenticator, PRF not ruled out). */
  passkeyMayWork(): Promise<boolean>;
  now(): number;
  /**
   * Called once the lock screen is on show with its way to unlock: the app loads the code of the
   * screen behind it then, while the PIN is typed, rather than competing with the lock screen;
   * `pin`: whether it asks for the PIN (then the PIN's own code loads too, not on submit).
   */
  onLockScreenShown?(shown: { pin: boolean }): void;
  /**
   * What the start read for the lock screen with the session (the device's client id, its last
   * contact with the server), so that a locked start paints the finished lock screen in its
   * first render instead of after two more reads; null once unlocked (later lock screens read
   * their own) or when nothing was read.
   */
  primed?(): PrimedLockScreen | null;
}

export interface PrimedLockScreen {
  clientId: string;
  lastContact: number | null;
}

const LockContext = createContext<LockServices | null>(null);

export function LockServicesProvider({ value, children }: { value: LockServices; children: ReactNode }) {
  return <LockContext.Provider value={value}>{children}</LockContext.Provider>;
}

export function useLockServices(): LockServices {
  const services = useContext(LockContext);
  if (!services) throw new Error('useLockServices must be used inside <LockServicesProvider>');
  return services;
}

/** For the header: the lock button only where the app can lock. */
export function useOptionalLockServices(): LockServices | null {
  return useContext(LockContext);
}

/** The lock state as these services see it (a fake in component tests). */
export function useUnlocked(): boolean {
  return useLockState(useLockServices());
}
