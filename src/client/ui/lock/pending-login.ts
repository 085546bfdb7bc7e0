import { useSyncExternalStore } from 'react';
import type { LoginResponse } from '../../../domain';

/**
 * A login the server accepted, held in memory until unlocking is set up: the session is stored
 * only together with the wrapped data key (its names are sealed with that key). A reload in
 * between forgets it, and the worker simply logs in again.
 */
let pending: LoginResponse | null = null;
const listeners = new Set<() => void>();

export function holdLogin(login: LoginResponse | null): void {
  pending = login;
  for (const listener of [...listeners]) listener();
}

/** The login held now (read outside React, by the unlock path that stores it). */
export function pendingLogin(): LoginResponse | null {
  return pending;
}

export function usePendingLogin(): LoginResponse | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
