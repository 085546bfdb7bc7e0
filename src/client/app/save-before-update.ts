import { UpdateBlocked } from '../pwa';
import { flushAllAutosaves, UnsavedInputError } from '../ui/kit/autosave-registry';

/**
 * Before an update reloads the page: store what is being typed, and wait for queued writes.
 * Input that cannot be stored (invalid) blocks the update, naming its fields to the update
 * prompt (pwa/ knows nothing of forms).
 */
export function saveBeforeUpdate(flushQueuedWrites: () => Promise<void>): () => Promise<void> {
  return async () => {
    await flushAllAutosaves().catch((error: unknown) => {
      throw error instanceof UnsavedInputError ? new UpdateBlocked(error.fieldLabels, () => error.focusFirst()) : error;
    });
    await flushQueuedWrites();
  };
}
