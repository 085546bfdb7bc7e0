import { useMemo, useState } from 'react';
import { mayManageDevices, revokeUserResponseSchema, type TeamDevice } from '../../../domain';
import { readAnswer } from '../../sync/answer';
import { createApiClient, type ApiClient } from '../../sync/http';
import { Button, ConfirmDialog, Page } from '../kit';
import { paths } from '../router';
import { useSession } from '../services';
import { timeAgo } from '../sync-status/relative-time';
import { useNow } from '../sync-status/use-now';
import { deviceTexts as t } from './texts';
import './devices.css';
import { LockSettings } from './LockSettings';
import { useTeamDevices } from './use-team-devices';

type Question = { kind: 'device'; device: TeamDevice } | { kind: 'user'; device: TeamDevice };

/**
 * A teamleider's or beheerder's list of the team's devices: label, person, last seen, and one
 * tap (with a confirmation) to revoke a device or a person. The server checks the role and the
 * team again; this screen only keeps others from a screen they cannot use.
 */
export default function DevicesScreen({ api: given }: { api?: ApiClient }) {
  const session = useSession();
  const api = useMemo(() => given ?? createApiClient(), [given]);
  const role = session.teams.find((team) => team.id === session.currentTeamId)?.role;
  const manager = mayManageDevices(role);
  const { state, reload } = useTeamDevices(api, session.currentTeamId, session.token, manager);
  const [question, setQuestion] = useState<Question | null>(null);
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);

  const revoke = async ({ kind, device }: Question) => {
    setQuestion(null);
    const team = encodeURIComponent(session.currentTeamId);
    try {
      if (kind === 'device') {
        await api.post<void>(`/api/teams/${team}/devices/${encodeURIComponent(device.id)}/revoke`, undefined, session.token);
        setSaid({ text: t.revoked(device.label), failed: false });
      } else {
        const answer = readAnswer(revokeUserResponseSchema, await api.post(`/api/teams/${team}/users/${encodeURIComponent(device.userId)}/revoke`, undefined, session.token), 'revoke user');
        setSaid({ text: t.userRevoked(device.displayName, answer.revokedDevices), failed: false });
      }
    } catch {
      setSaid({ text: t.revokeFailed, failed: true });
    }
    reload();
  };

  return (
    <Page title={t.title} back={{ to: paths.households(), label: t.back }}>
      {!manager ? (
        <p>{t.notManager}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <p role={said?.failed ? 'alert' : 'status'} className={said ? (said.failed ? 'notice notice--danger' : 'notice') : undefined}>
            {said?.text}
          </p>
          {state.kind === 'loading' && <p role="status">{t.loading}</p>}
          {state.kind === 'failed' && (
            <>
              <p className="notice notice--danger" role="alert">
                {t.loadFailed}
              </p>
              <Button variant="secondary" onClick={reload}>
                {t.retry}
              </Button>
            </>
          )}
          {state.kind === 'ready' && state.devices.length === 0 && <p>{t.none}</p>}
          {state.kind === 'ready' && state.devices.length > 0 && (
            <ul className="device-list">
              {state.devices.map((device) => (
                <DeviceItem key={device.id} device={device} self={device.userId === session.user.id} onAsk={setQuestion} />
              ))}
            </ul>
          )}
          <LockSettings api={api} teamId={session.currentTeamId} token={session.token} />
        </>
      )}
      {question && (
        <ConfirmDialog
          title={question.kind === 'device' ? t.revokeTitle : t.revokeUserTitle}
          confirmLabel={t.confirmRevoke}
          cancelLabel={t.cancel}
          danger
          onConfirm={() => void revoke(question)}
          onCancel={() => setQuestion(null)}
        >
          <p>{question.kind === 'device' ? t.revokeBody(question.device.label, question.device.displayName) : t.revokeUserBody(question.device.displayName)}</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}

function DeviceItem({ device, self, onAsk }: { device: TeamDevice; self: boolean; onAsk(question: Question): void }) {
  const now = useNow();
  const headingId = `device-${device.id}`;
  return (
    <li className="device-list__item" aria-labelledby={headingId}>
      <h2 id={headingId} className="device-list__label">
        {device.label}
        {device.current && <span className="device-list__mark"> · {t.thisDevice}</span>}
      </h2>
      <p>
        {device.displayName} ({device.username}) · {t.state[device.state]}
      </p>
      <p>{t.lastSeen(timeAgo(Date.parse(device.lastSeenAt), now))}</p>
      <div className="button-row">
        {device.state === 'active' && !device.current && (
          <Button variant="danger" aria-label={t.revokeLabel(device.label, device.displayName)} onClick={() => onAsk({ kind: 'device', device })}>
            {t.revoke}
          </Button>
        )}
        {!self && device.state !== 'revoked' && (
          <Button variant="secondary" onClick={() => onAsk({ kind: 'user', device })}>
            {t.revokeUser(device.displayName)}
          </Button>
        )}
      </div>
    </li>
  );
}
