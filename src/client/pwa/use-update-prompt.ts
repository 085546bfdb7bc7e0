import { useSyncExternalStore } from 'react';
import { applyUpdate } from './register-service-worker';
import { getUpdateState, setUpdateDismissed, subscribeToUpdate, type UpdateState } from './update-state';

const none: UpdateState = { available: false, dismissed: false };

export function useUpdatePrompt(): UpdateState & { applyUpdate: () => Promise<void>; setDismissed: (value: boolean) => void } {
  const state = useSyncExternalStore(subscribeToUpdate, getUpdateState, () => none);
  return { ...state, applyUpdate, setDismissed: setUpdateDismissed };
}
