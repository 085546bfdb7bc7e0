import { useSyncExternalStore } from 'react';
import * as ring from '../../crypto/key-ring';

export interface LockState {
  isUnlocked(): boolean;
  onLockChange(listener: (unlocked: boolean) => void): () => void;
}

/** Whether the data key is in memory; re-renders on every lock and unlock. */
export function useLockState(source: LockState): boolean {
  return useSyncExternalStore(source.onLockChange, source.isUnlocked, source.isUnlocked);
}

/** The key ring's own state (the app root, outside the lock services). */
export function useUnlocked(): boolean {
  return useLockState(ring);
}
