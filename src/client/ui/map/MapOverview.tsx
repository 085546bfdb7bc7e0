import { reads, useRead } from '../live';
import { lifeDomains } from '../../../content';
import { type MapEntryView } from '../../db';
import { mapEntryId } from '../../../domain';
import { Link } from '../router';
import { mapHref } from './map-url';
import { domainGroups, groupProgress } from './progress';
import { ProgressLine } from './ProgressLine';
import { mapTexts } from './texts';

/** The four life domains with their progress; each subdomain opens from here, in any order. */
export function MapOverview({ householdId, entries }: { householdId: string; entries: readonly MapEntryView[] }) {
  const progress = groupProgress(domainGroups, entries);
  const conflicts = useRead(reads.conflicts(householdId));
  const twoVersions = new Set(conflicts?.filter((c) => c.table === 'mapEntries').map((c) => c.recordId));
  return lifeDomains.map((domain, i) => {
    const domainProgress = progress[i]!;
    return (
      <section key={domain.id} className="map-group" aria-labelledby={`map-domain-${domain.id}`}>
        <h2 id={`map-domain-${domain.id}`}>
          {domain.number}. {domain.title}
        </h2>
        <ProgressLine progress={domainProgress} />
        <ul className="plain-list">
          {domain.subdomains.map((subdomain) => {
            const discussed = domainProgress.discussedIds.has(subdomain.id);
            return (
              <li key={subdomain.id}>
                <Link className={`card map-card${discussed ? ' map-card--discussed' : ''}`} to={mapHref(householdId, { mode: 'volledig', subdomainId: subdomain.id })}>
                  <span className="card__title">{subdomain.title}</span>
                  <span className="card__meta">
                    <span aria-hidden="true">{discussed ? '✓ ' : '○ '}</span>
                    {discussed ? mapTexts.discussed : mapTexts.notYet}
                  </span>
                  {twoVersions.has(mapEntryId(householdId, subdomain.id)) && (
                    <span className="card__meta map-card__warning">{mapTexts.twoVersions}</span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    );
  });
}
