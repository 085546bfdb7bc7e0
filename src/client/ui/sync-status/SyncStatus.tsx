import { useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncEngine } from '../../sync';
import { Button, LinkButton } from '../kit';
import { paths } from '../router';
import { useServices } from '../services';
import { describeSync } from './describe';
import { SyncIcon } from './icons';
import { RejectedChanges } from './RejectedChanges';
import { StatusPill } from './StatusPill';
import { syncStatusTexts as t } from './texts';
import { useNow } from './use-now';
import './sync-status.css';

interface Props {
  /** Shown right after the pill and the sync button, before the full sentence (the account menu). */
  beside?: ReactNode;
}

/**
 * How this device stands with the team, compact for the header of every screen: a pill with a few
 * words (and the number of waiting changes), a sync button, and the full sentence underneath when
 * the pill is opened, or always when something went wrong.
 */
export function SyncStatus({ beside }: Props) {
  const { sync } = useServices();
  return sync ? <SyncStatusLine engine={sync} beside={beside} /> : <>{beside}</>;
}

function SyncStatusLine({ engine, beside }: { engine: SyncEngine; beside: ReactNode }) {
  const status = useSyncExternalStore(engine.subscribe, engine.getStatus);
  const now = useNow();
  const description = describeSync(status, now);
  const detailId = useId();
  const [open, setOpen] = useState(false);
  // Screen readers hear a change of situation, not every autosave or tick of the clock.
  const [announced, setAnnounced] = useState('');
  if (description.announcement !== null && description.announcement !== announced) setAnnounced(description.announcement);
  // Errors and refused changes are never behind a tap.
  const forced = description.urgent || status.rejected > 0;
  const toggle = forced ? null : { open, controls: detailId, onToggle: () => setOpen(!open) };

  return (
    <>
      <section className={`sync-status sync-status--${description.tone}`} aria-label={t.region}>
        {description.short !== null && (
          <StatusPill short={description.short} tone={description.tone} toggle={toggle} />
        )}
        <p className="visually-hidden" aria-live="polite">
          {announced}
        </p>
        {status.phase === 'logged-out' ? (
          <LinkButton variant="secondary" className="sync-status__login" to={paths.login()}>
            {t.logIn}
          </LinkButton>
        ) : (
          <Button
            variant="quiet"
            className="sync-status__sync"
            disabled={status.phase === 'syncing' || status.phase === 'update-required'}
            onClick={() => void engine.syncNow()}
          >
            <SyncIcon turning={status.phase === 'syncing'} />
            <span className="icon-label">{status.phase === 'syncing' ? t.syncing : t.syncNow}</span>
          </Button>
        )}
      </section>
      {beside}
      <div
        id={detailId}
        className={`sync-status__detail sync-status__detail--${description.tone}`}
        hidden={!forced && !(open && description.short !== null)}
      >
        <p className="sync-status__line">{description.line}</p>
        {!description.urgent && status.phase !== 'logged-out' && <p className="sync-status__explain">{t.explain}</p>}
        <RejectedChanges changes={status.rejectedChanges} />
      </div>
    </>
  );
}
