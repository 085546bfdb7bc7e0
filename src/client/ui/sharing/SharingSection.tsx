import { useId, useState } from 'react';
import { dutchDate, legalBasisValues, type LegalBasis } from '../../../domain';
import type { AgreementView } from '../../db';
import { Button, Field } from '../kit';
import { reads, useRead } from '../live';
import { useServices, useSession } from '../services';
import { InzageButton } from './InzageButton';
import { sharingTexts as t } from './texts';

/** The household's legal basis and its sharing agreements with partner organisations (issue 10). */
export function SharingSection({ householdId, teamId }: { householdId: string; teamId: string }) {
  const { data } = useServices();
  const session = useSession();
  const sharing = useRead(reads.sharing(householdId));
  const basisId = useId();
  if (!sharing) return null;
  const names = new Map((session.sharing?.organisations ?? []).map((o) => [o.id, o.name]));
  const byName = session.user.displayName;
  const chooseBasis = (basis: string) => {
    if (basis) void data.sharing.recordLegalBasis(householdId, basis as LegalBasis, dutchDate(new Date()), byName);
  };
  return (
    <section className="section" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t.title}</h2>
      <Field id={basisId} label={t.basis} hint={t.basisHint}>
        <select id={basisId} value={sharing.legalBasis ?? ''} onChange={(e) => chooseBasis(e.target.value)}>
          <option value="" disabled>
            {t.basisNone}
          </option>
          {legalBasisValues.map((v) => (
            <option key={v} value={v}>
              {t.basisLabels[v]}
            </option>
          ))}
        </select>
      </Field>
      <h3>{t.agreements}</h3>
      <p>{t.explain}</p>
      {sharing.agreements.length === 0 ? <p>{t.noAgreements}</p> : <AgreementList agreements={sharing.agreements} names={names} />}
      <NewAgreement householdId={householdId} byName={byName} />
      <InzageButton householdId={householdId} teamId={teamId} />
    </section>
  );
}

function AgreementList({ agreements, names }: { agreements: AgreementView[]; names: Map<string, string> }) {
  const { data } = useServices();
  return (
    <ul className="plain-list">
      {agreements.map((a) => (
        <li key={a.id}>
          <strong>{names.get(a.organisationId) ?? a.organisationId}</strong>: {t.agreedOn(a.agreedOn, a.byName)}, {t.sharedUntil(a.until)}
          {a.withdrawnOn ? (
            <>, {t.withdrawn(a.withdrawnOn)}</>
          ) : (
            <Button variant="secondary" onClick={() => void data.sharing.withdrawAgreement(a.id, dutchDate(new Date()))}>
              {t.withdraw}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

function NewAgreement({ householdId, byName }: { householdId: string; byName: string }) {
  const { data } = useServices();
  const session = useSession();
  const partners = (session.sharing?.organisations ?? []).filter((o) => o.kind === 'partner');
  const [organisationId, setOrganisationId] = useState('');
  const [until, setUntil] = useState('');
  const orgId = useId();
  const untilId = useId();
  if (partners.length === 0) return <p>{t.noPartners}</p>;
  const save = async () => {
    const chosen = organisationId || partners[0]!.id;
    const result = await data.sharing.addAgreement(householdId, { organisationId: chosen, agreedOn: dutchDate(new Date()), until: until || null, byName });
    if (result.ok) setUntil('');
  };
  return (
    <fieldset>
      <legend>{t.add}</legend>
      <Field id={orgId} label={t.organisation}>
        <select id={orgId} value={organisationId || partners[0]!.id} onChange={(e) => setOrganisationId(e.target.value)}>
          {partners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={untilId} label={t.until}>
        <input id={untilId} type="date" value={until} onChange={(e) => setUntil(e.target.value)} autoComplete="off" />
      </Field>
      <Button onClick={() => void save()}>{t.save}</Button>
    </fieldset>
  );
}
