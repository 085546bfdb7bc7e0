import { useState } from 'react';
import { mayCloseHousehold, regisseurOf, type Role } from '../../../domain';
import type { HouseholdView } from '../../db';
import { formatDate, todayIso } from '../format';
import { Button, ConfirmDialog } from '../kit';
import { reads, useRead } from '../live';
import { useServices, useSession } from '../services';
import { timelineTexts as t } from './texts';

/**
 * Closing (afsluiten) a household, and opening it again: asks first, a change like any other (it
 * syncs), shown on the household. The retention job counts its term from the closing day. Only
 * the regisseur, the teamleider or the beheerder may (rules/need-to-know.ts); others see the state.
 */
export function CloseHousehold({ household }: { household: HouseholdView }) {
  const { data } = useServices();
  const session = useSession();
  const handovers = useRead(reads.handovers(household.id));
  const [asking, setAsking] = useState(false);
  if (!handovers) return null;
  const viewer = {
    organisationKind: session.sharing?.organisation?.kind ?? 'lead',
    role: (session.teams.find((team) => team.id === household.teamId)?.role ?? 'medewerker') as Role,
    displayName: session.user.displayName,
  };
  const may = mayCloseHousehold(viewer, regisseurOf(handovers).current?.toName ?? null);
  const closed = household.closedOn !== null;
  const confirm = async () => {
    await (closed ? data.households.reopen(household.id) : data.households.close(household.id, todayIso()));
    setAsking(false);
  };
  return (
    <>
      {closed && (
        <div className="notice" role="status">
          <p>
            <strong>{t.closedOn(formatDate(household.closedOn!))}</strong>
          </p>
          <p>{t.closedExplain}</p>
        </div>
      )}
      {may && (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {closed ? t.reopen : t.close}
        </Button>
      )}
      {asking && (
        <ConfirmDialog
          title={closed ? t.reopenTitle : t.closeTitle}
          confirmLabel={closed ? t.reopenConfirm : t.closeConfirm}
          cancelLabel={closed ? t.reopenCancel : t.closeCancel}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{closed ? t.reopenExplain : t.closeExplain}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
