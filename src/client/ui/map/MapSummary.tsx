import { findSubdomain } from '../../../content';
import { domainGroups, groupProgress } from './progress';
import { ProgressLine } from './ProgressLine';
import { useMapEntries } from './use-map-entries';
import { mapTexts } from './texts';
import './map.css';

/** Compact progress of the leefgebiedenkaart per life domain, for the household's timeline. */
export function MapSummary({ householdId }: { householdId: string }) {
  const entries = useMapEntries(householdId);
  if (!entries) return <p role="status">{mapTexts.loading}</p>;
  return (
    <ul className="plain-list map-summary" aria-label={mapTexts.summaryLabel}>
      {groupProgress(domainGroups, entries).map((progress) => (
        <li key={progress.id} className="map-summary__domain">
          <span className="map-summary__title">{progress.title}</span>
          <ProgressLine progress={progress} />
          {progress.discussed > 0 && (
            <span className="map-summary__subdomains">
              {[...progress.discussedIds].map((id) => findSubdomain(id)?.title ?? id).join(', ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
