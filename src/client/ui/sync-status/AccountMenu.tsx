import { useMemo, useState, useSyncExternalStore } from 'react';
import { createApiClient, logOut, type ApiClient } from '../../sync';
import { Button, LinkButton } from '../kit';
import { paths } from '../router';
import { useServices } from '../services';
import { PersonIcon } from './icons';
import { syncStatusTexts as t } from './texts';
import './sync-status.css';

const noStatus = { subscribe: () => () => {}, getStatus: () => null };

/**
 * Who is logged in, and the way out. Logging out first tries to send waiting changes, then ends
 * the session on the server and here; records and unsent changes stay on the device.
 */
export function AccountMenu({ api, onLoggedOut }: { api?: ApiClient; onLoggedOut?(result: { serverKnows: boolean }): void }) {
  const { data, sync, session } = useServices();
  const client = useMemo(() => api ?? createApiClient(), [api]);
  const source = sync ?? noStatus;
  const pending = useSyncExternalStore(source.subscribe, source.getStatus)?.pending ?? 0;
  const [busy, setBusy] = useState(false);
  if (!session) return null;

  const leave = async () => {
    setBusy(true);
    await sync?.syncNow();
    const result = await logOut(data, client);
    // The engine rereads the session: it now says "niet ingelogd" and stops talking to the server.
    await sync?.syncNow();
    setBusy(false);
    onLoggedOut?.(result);
  };

  return (
    <details className="account-menu">
      <summary>
        <PersonIcon />
        <span className="icon-label">{t.account}</span>
      </summary>
      <div className="account-menu__panel">
        <p>{t.loggedInAs(session.user.displayName)}</p>
        {session.teams.some((m) => m.id === session.currentTeamId && (m.role === 'teamleider' || m.role === 'beheerder')) && (
          <LinkButton variant="secondary" to={paths.auditTrail()}>
            {t.auditTrail}
          </LinkButton>
        )}
        {pending > 0 && <p className="notice notice--warning">{t.logOutPending(pending)}</p>}
        <Button variant="secondary" disabled={busy} onClick={() => void leave()}>
          {busy ? t.loggingOut : t.logOut}
        </Button>
      </div>
    </details>
  );
}
