import { UpdatePrompt } from '../pwa';
import { LockNowButton } from '../ui/lock/LockNowButton';
import { useOptionalLockServices } from '../ui/lock/lock-services';
import { AccountMenu } from '../ui/sync-status/AccountMenu';
import { SyncStatus } from '../ui/sync-status/SyncStatus';

/**
 * What every screen shows in its header: sync state and account in the row with the way back, the
 * update prompt (and the sync state's full sentence, when shown) underneath.
 */
export function AppChrome() {
  const lock = useOptionalLockServices();
  return (
    <>
      <SyncStatus
        beside={
          <>
            {lock ? <LockNowButton /> : null}
            <AccountMenu />
          </>
        }
      />
      <UpdatePrompt />
    </>
  );
}
