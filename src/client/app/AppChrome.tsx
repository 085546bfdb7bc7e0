import { UpdatePrompt } from '../pwa';
import { AccountMenu } from '../ui/sync-status/AccountMenu';
import { SyncStatus } from '../ui/sync-status/SyncStatus';

/**
 * What every screen shows in its header: sync state and account in the row with the way back, the
 * update prompt (and the sync state's full sentence, when shown) underneath.
 */
export function AppChrome() {
  return (
    <>
      <SyncStatus beside={<AccountMenu />} />
      <UpdatePrompt />
    </>
  );
}
