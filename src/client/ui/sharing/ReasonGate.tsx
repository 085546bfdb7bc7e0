import { useId, useState, type ReactNode } from 'react';
import { mustGiveReason, regisseurOf, type Role } from '../../../domain';
import { Button, Field, LinkButton, fieldAria } from '../kit';
import { reads, useRead } from '../live';
import { paths } from '../router';
import { useServices, useSession } from '../services';
import { sharingTexts as t } from './texts';

/**
 * Break the glass: a worker outside the household's circle (rules/need-to-know.ts) writes a reason
 * before the household opens. The reason is a synced record, so it reaches the audit trail and the
 * teamleider also when it was written offline.
 */
export function ReasonGate({
  householdId,
  teamId,
  children,
  frame = (form) => form,
}: {
  householdId: string;
  teamId: string;
  children: ReactNode;
  /** What the question is shown in (the guard puts it on a page of its own). */
  frame?: (form: ReactNode) => ReactNode;
}) {
  const { data } = useServices();
  const session = useSession();
  const handovers = useRead(reads.handovers(householdId));
  const sharing = useRead(reads.sharing(householdId));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  if (!handovers || !sharing) return null;
  const me = session.user.displayName;
  const viewer = {
    organisationKind: session.sharing?.organisation?.kind ?? 'lead',
    role: (session.teams.find((team) => team.id === teamId)?.role ?? 'medewerker') as Role,
    displayName: me,
  };
  const lastReason = sharing.reasons.filter((r) => r.byName === me).map((r) => r.at).sort().at(-1) ?? null;
  const regisseur = regisseurOf(handovers).current?.toName ?? null;
  if (!mustGiveReason(viewer, regisseur, lastReason, new Date())) return <>{children}</>;
  const open = async () => {
    if (!reason.trim()) return setError(t.reasonEmpty);
    const result = await data.sharing.giveReason(householdId, reason.trim(), me);
    if (!result.ok) setError(t.reasonEmpty);
  };
  return frame(
    <section className="section" aria-labelledby="reason-title">
      <h2 id="reason-title">{t.reasonTitle}</h2>
      <p>{t.reasonExplain}</p>
      <Field id={id} label={t.reasonLabel} error={error}>
        <textarea id={id} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" {...fieldAria(id, error)} />
      </Field>
      <div className="button-row">
        <Button onClick={() => void open()}>{t.reasonOpen}</Button>
        <LinkButton variant="secondary" to={paths.households()}>
          {t.reasonBack}
        </LinkButton>
      </div>
    </section>,
  );
}
