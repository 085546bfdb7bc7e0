import { UpdatePrompt } from '../pwa';
import { StorageNotice } from '../ui/StorageNotice';
import { AccountMenu } from '../ui/sync-status/AccountMenu';
import { SyncStatus } from '../ui/sync-status/SyncStatus';

/** What every screen shows in its header: sync state, account, storage and update notices. */
export function AppChrome({ storagePersistent }: { storagePersistent: boolean | null }) {
  return (
    <>
      <SyncStatus />
      <AccountMenu />
      <StorageNotice persistent={storagePersistent} />
      <UpdatePrompt />
    </>
  );
}
