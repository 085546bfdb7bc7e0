import { useMemo, useState } from 'react';
import { mayManageDevices } from '../../../domain';
import { createApiClient, unsentChanges, type ApiClient, type LogOutResult } from '../../sync';
import { Button, LinkButton } from '../kit';
import { paths } from '../router';
import { useServices } from '../services';
import { PersonIcon } from './icons';
import { LogOutDialog } from './LogOutDialog';
import { StorageStatus, type PlatformFacts } from './StorageStatus';
import { syncStatusTexts as t } from './texts';
import './sync-status.css';

interface Props {
  api?: ApiClient;
  /** Called once the device is wiped (the app then reloads to the login screen). */
  onLoggedOut?(result: Extract<LogOutResult, { kind: 'wiped' }>): void;
  platform?: PlatformFacts;
}

/**
 * Who is logged in, how safe the data on this device is, the team's devices (for a teamleider
 * or beheerder), and the way out. Logging out wipes the device, after saying how many changes
 * are not sent yet and offering to send them first (LogOutDialog).
 */
export function AccountMenu({ api, onLoggedOut, platform }: Props) {
  const { data, session } = useServices();
  const client = useMemo(() => api ?? createApiClient(), [api]);
  const [asking, setAsking] = useState<number | null>(null);
  // The storage facts are read only while the menu is open: closed, its live read of the outbox
  // re-ran after every autosave on every screen, for a panel nobody sees.
  const [open, setOpen] = useState(false);
  if (!session) return null;
  const role = session.teams.find((team) => team.id === session.currentTeamId)?.role;

  const ask = async () => setAsking(await unsentChanges(data));

  return (
    <details className="account-menu" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <PersonIcon />
        <span className="icon-label">{t.account}</span>
      </summary>
      <div className="account-menu__panel">
        <p>{t.loggedInAs(session.user.displayName)}</p>
        {open && <StorageStatus platform={platform} />}
        {mayManageDevices(role) && (
          <>
            <LinkButton variant="secondary" to={paths.devices()}>
              {t.devices}
            </LinkButton>
            <LinkButton variant="secondary" to={paths.auditTrail()}>
              {t.auditTrail}
            </LinkButton>
          </>
        )}
        <Button variant="secondary" onClick={() => void ask()}>
          {t.logOut}
        </Button>
      </div>
      {asking !== null && (
        <LogOutDialog
          api={client}
          unsent={asking}
          onCancel={() => setAsking(null)}
          onLoggedOut={(result) => {
            setAsking(null);
            onLoggedOut?.(result);
          }}
        />
      )}
    </details>
  );
}
