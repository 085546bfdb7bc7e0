import { useState } from 'react';
import { isRegisseur, regisseurOf } from '../../../domain';
import { fetchInzage } from '../../sync';
import { Button } from '../kit';
import { reads, useRead } from '../live';
import { useServices, useSession } from '../services';
import { sharingTexts as t } from './texts';

/** Inzage for the resident: the team's beheerder and the household's regisseur open the printable export (online). */
export function InzageButton({ householdId, teamId }: { householdId: string; teamId: string }) {
  const { data } = useServices();
  const session = useSession();
  const handovers = useRead(reads.handovers(householdId));
  const [failed, setFailed] = useState(false);
  if (!handovers) return null;
  const role = session.teams.find((team) => team.id === teamId)?.role;
  const regisseur = regisseurOf(handovers).current?.toName ?? null;
  if (role !== 'beheerder' && !isRegisseur({ displayName: session.user.displayName }, regisseur)) return null;
  const open = async () => {
    const page = await fetchInzage(data, householdId);
    setFailed(page === null);
    if (page) window.open(URL.createObjectURL(page), '_blank', 'noopener');
  };
  return (
    <div>
      <Button variant="secondary" onClick={() => void open()}>
        {t.inzage}
      </Button>
      {failed && <p role="alert">{t.inzageFailed}</p>}
    </div>
  );
}
