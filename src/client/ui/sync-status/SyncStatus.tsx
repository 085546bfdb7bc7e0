import { useState, useSyncExternalStore } from 'react';
import type { DataLayer } from '../../db';
import type { SyncEngine } from '../../sync';
import { Button, LinkButton } from '../kit';
import { paths } from '../router';
import { useServices } from '../services';
import { describeSync } from './describe';
import { RejectedChanges } from './RejectedChanges';
import { syncStatusTexts as t } from './texts';
import { useNow } from './use-now';
import './sync-status.css';

/**
 * The header line that says how this device stands with the team: all up to date (and since
 * when), changes waiting, busy, or what went wrong and what to do. Uses the services' engine
 * unless one is passed.
 */
export function SyncStatus({ engine }: { engine?: SyncEngine }) {
  const { data, sync } = useServices();
  const active = engine ?? sync;
  return active ? <SyncStatusLine engine={active} data={data} /> : null;
}

function SyncStatusLine({ engine, data }: { engine: SyncEngine; data: DataLayer }) {
  const status = useSyncExternalStore(engine.subscribe, engine.getStatus);
  const now = useNow();
  const description = describeSync(status, now);
  // Screen readers hear a change of situation, not every autosave or tick of the clock.
  const [announced, setAnnounced] = useState('');
  if (description.announcement !== null && description.announcement !== announced) setAnnounced(description.announcement);

  return (
    <section className={`sync-status sync-status--${description.tone}`} aria-label={t.region}>
      <p className="sync-status__line">{description.line}</p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      {status.phase === 'logged-out' ? (
        <LinkButton variant="secondary" to={paths.login()}>
          {t.logIn}
        </LinkButton>
      ) : (
        <Button
          variant="quiet"
          disabled={status.phase === 'syncing' || status.phase === 'update-required'}
          onClick={() => void engine.syncNow()}
        >
          {status.phase === 'syncing' ? t.syncing : t.syncNow}
        </Button>
      )}
      <RejectedChanges data={data} />
    </section>
  );
}
