import { findSubdomain, simpleAreas } from '../../../content';
import { useEntriesSnapshot } from '../map/use-map-entries';
import { ResidentEntry } from './ResidentEntry';
import type { ResidentSectionProps } from './sections';
import { residentTexts as t } from './texts';

/**
 * The resident's side of the leefgebiedenkaart, in the simple model's everyday areas (dag, nacht,
 * geld, vrije tijd): their own score and what goes well. Nothing the worker wrote is read here.
 */
export function ResidentMap({ householdId }: ResidentSectionProps) {
  const entries = useEntriesSnapshot(householdId);
  if (!entries) return <p role="status">{t.loading}</p>;
  return (
    <>
      {simpleAreas.map((area) => (
        <section key={area.id} className="resident-area" aria-labelledby={`resident-area-${area.id}`}>
          <h2 id={`resident-area-${area.id}`}>{area.title}</h2>
          {area.subdomainIds.map((id) => {
            const subdomain = findSubdomain(id);
            return subdomain && <ResidentEntry key={id} householdId={householdId} subdomain={subdomain} entry={entries.get(id) ?? null} />;
          })}
        </section>
      ))}
    </>
  );
}
