import { useSyncExternalStore } from 'react';
import { localDay } from '../../../domain';
import { formatDate } from '../format';
import { useServices } from '../services';
import { reviewTexts as t } from './texts';

const noSubscription = () => () => undefined;
const never = () => null;
const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** How fresh the review is: the team works with what this device last synced, and says so. */
export function freshnessText(lastSuccessAt: number | null, now: Date): string {
  if (lastSuccessAt === null) return t.neverUpdated;
  const at = new Date(lastSuccessAt);
  const time = clock.format(at);
  return localDay(at) === localDay(now) ? t.updatedAt(time) : t.updatedOn(formatDate(localDay(at)), time);
}

export function Freshness() {
  const { sync } = useServices();
  const lastSuccessAt = useSyncExternalStore(sync?.subscribe ?? noSubscription, sync ? () => sync.getStatus().lastSuccessAt : never);
  const offline = useSyncExternalStore(sync?.subscribe ?? noSubscription, sync ? () => sync.getStatus().phase === 'offline' : () => false);
  return (
    <p className="review-freshness" data-testid="review-freshness">
      {/* The engine loads after the first paint (app/start.tsx): until then the last sync is not known, not "never". */}
      {sync ? freshnessText(lastSuccessAt, new Date()) : '…'}
      {offline && <span className="review-freshness__note"> {t.offlineNote}</span>}
    </p>
  );
}
