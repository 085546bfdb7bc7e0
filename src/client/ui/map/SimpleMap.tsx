import { findSubdomain, fullMapOnlySubdomains, simpleAreas, type Subdomain } from '../../../content';
import type { MapEntryView } from '../../db';
import { AidsButton } from '../aids/AidsButton';
import { EntryForm } from './EntryForm';
import { groupProgress, simpleGroups } from './progress';
import { ProgressLine } from './ProgressLine';
import { useEntriesSnapshot } from './use-map-entries';
import { mapTexts } from './texts';

/** The simple conversational model on one page: dag, nacht, geld, vrije tijd, over the same entries. */
export function SimpleMap({ householdId, entries }: { householdId: string; entries: readonly MapEntryView[] }) {
  const progress = groupProgress(simpleGroups, entries);
  const stored = useEntriesSnapshot(householdId);
  if (!stored) return <p role="status">{mapTexts.loading}</p>;
  return (
    <>
      <p className="field__hint">{mapTexts.modeSimpleHint}</p>
      <p>
        <AidsButton />
      </p>
      {simpleAreas.map((area, i) => (
        <section key={area.id} className="map-group" aria-labelledby={`map-area-${area.id}`}>
          <h2 id={`map-area-${area.id}`}>{area.title}</h2>
          <ProgressLine progress={progress[i]!} />
          {area.subdomainIds.map((id) => {
            const subdomain = findSubdomain(id);
            return subdomain && <SimpleEntry key={id} householdId={householdId} subdomain={subdomain} entry={stored.get(id) ?? null} />;
          })}
        </section>
      ))}
      <p className="notice">{mapTexts.fullMapOnly(fullMapOnlySubdomains.map((s) => s.title).join(', '))}</p>
    </>
  );
}

function SimpleEntry(props: { householdId: string; subdomain: Subdomain; entry: MapEntryView | null }) {
  return (
    <div className="map-simple-entry">
      <h3>{props.subdomain.title}</h3>
      <EntryForm {...props} variant="simple" />
    </div>
  );
}
