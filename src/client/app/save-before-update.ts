import { UpdateBlocked } from '../pwa';
import { settleWrites, UnsavedInputError } from '../ui/kit/pending-writes';

/**
 * Before an update reloads the page: every pending write settles (the one wait, ui/kit/
 * pending-writes.ts). Input that is not stored blocks the update, naming its fields to the update
 * prompt (pwa/ knows nothing of forms).
 */
export async function saveBeforeUpdate(): Promise<void> {
  await settleWrites().catch((error: unknown) => {
    throw error instanceof UnsavedInputError ? new UpdateBlocked(error.fieldLabels, () => error.focusFirst()) : error;
  });
}
