import { useState, type FormEvent } from 'react';
import type { AuditTrailEntry, AuditTrailResponse } from '../../../domain';
import { fetchAuditTrail, NetworkFailure } from '../../sync';
import { formatDate } from '../format';
import { reads, useRead } from '../live';
import { Button, Field, Page } from '../kit';
import { paths } from '../router';
import { useServices, useSession } from '../services';
import { auditTexts as t } from './texts';
import { BreakGlassSection } from './BreakGlassSection';
import './audit.css';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'offline' } | { kind: 'failed' } | { kind: 'shown'; trail: AuditTrailResponse };

export const TRAIL_ROLES: readonly string[] = ['teamleider', 'beheerder'];

/**
 * The team's audit trail for its teamleider or beheerder (/logboek): per household and per user,
 * for a period. Online only, and said so: the trail is kept on the server, not on the phone.
 */
export default function AuditTrailScreen() {
  const { data } = useServices();
  const session = useSession();
  const team = session.teams.find((m) => m.id === session.currentTeamId);
  const households = useRead(reads.households(session.currentTeamId));
  const [householdId, setHouseholdId] = useState('');
  const [userId, setUserId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const back = { to: paths.households() };

  if (!team || !TRAIL_ROLES.includes(team.role)) {
    return (
      <Page title={t.title} back={back}>
        <p className="notice">{t.onlyLeaders}</p>
      </Page>
    );
  }

  const show = async (event: FormEvent) => {
    event.preventDefault();
    if (!navigator.onLine) return setState({ kind: 'offline' });
    setState({ kind: 'loading' });
    try {
      const trail = await fetchAuditTrail(data, {
        teamId: team.id,
        ...(householdId ? { householdId } : {}),
        ...(userId ? { userId } : {}),
        ...(from ? { from: `${from}T00:00:00.000Z` } : {}),
        ...(to ? { to: `${to}T23:59:59.999Z` } : {}),
      });
      setState({ kind: 'shown', trail });
    } catch (error) {
      setState({ kind: error instanceof NetworkFailure ? 'offline' : 'failed' });
    }
  };

  const labelOf = (id: string | null) => (id ? (households?.find((h) => h.id === id)?.label ?? t.unknownHousehold) : '');
  const users = state.kind === 'shown' ? [...new Map(state.trail.entries.map((e) => [e.userId, e.userName ?? e.userId])).entries()] : [];

  return (
    <Page title={t.title} back={back}>
      <p>{t.intro}</p>
      <form className="audit-filters" onSubmit={(event) => void show(event)}>
        <Field id="audit-household" label={t.household}>
          <select id="audit-household" className="field__input" value={householdId} onChange={(e) => setHouseholdId(e.target.value)}>
            <option value="">{t.allHouseholds}</option>
            {households?.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="audit-user" label={t.user}>
          <select id="audit-user" className="field__input" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">{t.allUsers}</option>
            {users.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="audit-from" label={t.from}>
          <input id="audit-from" type="date" className="field__input" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field id="audit-to" label={t.to}>
          <input id="audit-to" type="date" className="field__input" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Button type="submit" disabled={state.kind === 'loading'}>
          {t.show}
        </Button>
      </form>
      <div aria-live="polite">
        {state.kind === 'loading' && <p>{t.loading}</p>}
        {state.kind === 'offline' && <p className="notice notice--warning">{t.offline}</p>}
        {state.kind === 'failed' && <p className="notice notice--warning">{t.failed}</p>}
        {state.kind === 'shown' && <TrailTable trail={state.trail} labelOf={labelOf} />}
      </div>
      <BreakGlassSection teamId={team.id} labelOf={labelOf} />
    </Page>
  );
}

function TrailTable({ trail, labelOf }: { trail: AuditTrailResponse; labelOf: (id: string | null) => string }) {
  if (trail.entries.length === 0) return <p>{t.empty}</p>;
  return (
    <>
      {trail.truncated && <p className="notice">{t.truncated}</p>}
      <ul className="audit-list">
        {trail.entries.map((entry) => (
          <li key={entry.id} className={`audit-list__item${entry.outcome === 'refused' ? ' audit-list__item--refused' : ''}`}>
            <EntryLine entry={entry} household={labelOf(entry.householdId)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function EntryLine({ entry, household }: { entry: AuditTrailEntry; household: string }) {
  const when = `${formatDate(entry.occurredAt.slice(0, 10))} ${entry.occurredAt.slice(11, 16)} UTC`;
  const what = [t.tables[entry.table ?? ''] ?? entry.table, t.actions[entry.action] ?? entry.action].filter(Boolean).join(' ');
  return (
    <p>
      <strong>{when}</strong> · {entry.userName ?? entry.userId}
      {entry.role ? ` (${entry.role})` : ''} · {what}
      {household ? ` · ${household}` : ''}
      {entry.source === 'device' ? ` · ${t.offlineSeen}` : ''} ·{' '}
      {entry.outcome === 'refused' ? t.refused(entry.reason) : t.allowed}
    </p>
  );
}
