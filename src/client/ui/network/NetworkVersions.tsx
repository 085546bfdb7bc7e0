import { useState } from 'react';
import { tieLabels } from '../../../content';
import { compareNetworks, versionsInOrder } from '../../../domain';
import type { NetworkPersonView, NetworkVersionView } from '../../db';
import { Button } from '../kit';
import { useServices } from '../services';
import { formatDate } from '../format';
import { networkTexts as t } from '../plan/texts';

/** "Toen en nu": keep today's network, and compare an earlier version with the network now. */
export function NetworkVersions({ householdId, people, versions }: { householdId: string; people: readonly NetworkPersonView[]; versions: readonly NetworkVersionView[] }) {
  const { data } = useServices();
  const ordered = versionsInOrder(versions);
  const [chosenId, setChosenId] = useState<string>('');
  const [kept, setKept] = useState(false);
  const chosen = ordered.find((v) => v.id === chosenId) ?? ordered[0];
  const change = chosen ? compareNetworks(chosen.people, people) : null;
  const keep = async () => {
    const result = await data.network.keepVersion(householdId, people);
    setKept(result.ok);
  };
  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t.versionsHeading}</h2>
      <Button variant="secondary" onClick={() => void keep()}>
        {t.keepVersion}
      </Button>
      <p role="status">{kept ? t.versionKept : ''}</p>
      {!chosen || !change ? (
        <p>{t.noVersions}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="version-choice" className="field__label">
              {t.compareWith}
            </label>
            <select id="version-choice" className="field__input" value={chosen.id} onChange={(e) => setChosenId(e.currentTarget.value)}>
              {ordered.map((v) => (
                <option key={v.id} value={v.id}>
                  {formatDate(v.takenOn)}
                </option>
              ))}
            </select>
          </div>
          <dl className="version-change">
            <dt>{t.added}</dt>
            <dd>{change.added.map((p) => p.name).join(', ') || '–'}</dd>
            <dt>{t.removed}</dt>
            <dd>{change.removed.map((p) => p.name).join(', ') || '–'}</dd>
            <dt>{t.tieChanged}</dt>
            <dd>{change.tieChanged.map((c) => t.tieChange(c.person.name, tieLabels[c.from], tieLabels[c.to])).join('; ') || '–'}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
