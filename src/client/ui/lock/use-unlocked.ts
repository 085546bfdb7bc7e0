import { useSyncExternalStore } from 'react';
import { isUnlocked, onLockChange } from '../../crypto/key-ring';

/** Whether the data key is in memory; re-renders on every lock and unlock. */
export function useUnlocked(): boolean {
  return useSyncExternalStore(onLockChange, isUnlocked);
}
