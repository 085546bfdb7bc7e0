import { useSyncExternalStore } from 'react';
import { applyUpdate } from './register-service-worker';
import { isUpdateAvailable, subscribeToUpdate } from './update-state';

export function useUpdatePrompt(): { updateAvailable: boolean; applyUpdate: () => Promise<void> } {
  const updateAvailable = useSyncExternalStore(subscribeToUpdate, isUpdateAvailable, () => false);
  return { updateAvailable, applyUpdate };
}
