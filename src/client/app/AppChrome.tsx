import { UpdatePrompt } from '../pwa';
import { AccountMenu } from '../ui/sync-status/AccountMenu';
import { SyncStatus } from '../ui/sync-status/SyncStatus';

/** What every screen shows in its header: sync state, account and the update prompt. */
export function AppChrome() {
  return (
    <>
      <SyncStatus />
      <AccountMenu />
      <UpdatePrompt />
    </>
  );
}
