import { useSyncExternalStore } from 'react';
import { useServices } from '../services';
import { householdTexts } from './texts';

const noSubscription = () => () => undefined;
const nothing = () => null;

/**
 * How far a long pull is ("12.000 van 20.000 dossiers binnen"), above the list, while what has
 * arrived is already in the list and can be opened and edited.
 */
export function PullProgress() {
  const { sync } = useServices();
  const progress = useSyncExternalStore(sync?.subscribe ?? noSubscription, sync ? () => sync.getStatus().pull : nothing);
  if (!progress) return null;
  return (
    <p className="field__hint" role="status">
      {householdTexts.pullProgress(progress.received, progress.total)}
    </p>
  );
}
