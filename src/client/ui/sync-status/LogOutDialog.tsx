import { useState, useSyncExternalStore } from 'react';
import { logOut, unsentChanges, type ApiClient, type LogOutResult } from '../../sync';
import { Button, ConfirmDialog } from '../kit';
import { useServices } from '../services';
import { syncStatusTexts as t } from './texts';

const noSubscription = () => () => {};

type Wiped = Extract<LogOutResult, { kind: 'wiped' }>;

interface Props {
  api: ApiClient;
  /** The number of unsent changes, counted when the worker tapped "Uitloggen". */
  unsent: number;
  onCancel(): void;
  onLoggedOut(result: Wiped): void;
}

/**
 * The question before a logout wipes the device. With unsent changes it says how many and
 * offers to send them first; logging out anyway loses exactly those (logOut refuses when more
 * have come since), so nobody loses work without being told. Offline it says too that the server
 * will not hear of the logout (docs/security/unlock-and-lock.md, "Uitloggen zonder verbinding").
 */
export function LogOutDialog({ api, unsent: counted, onCancel, onLoggedOut }: Props) {
  const { data, sync } = useServices();
  const [unsent, setUnsent] = useState(counted);
  const [busy, setBusy] = useState<'sending' | 'leaving' | null>(null);
  const [sendFailed, setSendFailed] = useState(false);
  // Offline the logout cannot reach the server: it neither ends the session there nor has the
  // browser delete the files on disk (Clear-Site-Data). Say so before the worker chooses.
  const offline = useSyncExternalStore(sync?.subscribe ?? noSubscription, () => sync?.getStatus().phase === 'offline');

  const sendFirst = async () => {
    setBusy('sending');
    await sync?.syncNow();
    const left = await unsentChanges(data);
    setUnsent(left);
    setSendFailed(left > 0);
    setBusy(null);
  };

  const leave = async () => {
    if (busy) return;
    setBusy('leaving');
    const result = await logOut(data, api, { discardUnsent: unsent });
    if (result.kind === 'unsent') {
      // Changes made since the question (another tab): ask again with the new number.
      setUnsent(result.unsent);
      setBusy(null);
      return;
    }
    onLoggedOut(result);
  };

  return (
    <ConfirmDialog
      title={t.logOutTitle}
      confirmLabel={busy === 'leaving' ? t.loggingOut : unsent > 0 ? t.logOutAnyway : t.logOutAndWipe}
      cancelLabel={t.stayLoggedIn}
      danger
      onConfirm={() => void leave()}
      onCancel={onCancel}
    >
      {unsent > 0 ? (
        <>
          <p className="notice notice--warning" role="status">
            {t.logOutUnsent(unsent)}
          </p>
          {sendFailed && (
            <p className="notice notice--danger" role="alert">
              {t.sendFailed}
            </p>
          )}
          <Button disabled={busy !== null} onClick={() => void sendFirst()}>
            {busy === 'sending' ? t.sending : t.sendFirst}
          </Button>
        </>
      ) : (
        <p role="status">{t.logOutSafe}</p>
      )}
      {offline && <p className="notice notice--warning">{t.logOutOffline}</p>}
    </ConfirmDialog>
  );
}
