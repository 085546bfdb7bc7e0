import { reads, useRead } from '../live';
import { findSubdomain } from '../../../content';
import { EmptyState, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { householdTexts } from '../households/texts';
import { MapOverview } from './MapOverview';
import { mapHref, useMapLocation } from './map-url';
import { ModeSwitch } from './ModeSwitch';
import { SimpleMap } from './SimpleMap';
import { SubdomainPage } from './SubdomainPage';
import { useMapEntries } from './use-map-entries';
import { mapTexts } from './texts';
import { ResidentViewLink } from '../resident/ResidentViewLink';
import './map.css';

/**
 * The leefgebiedenkaart of a household (/huishouden/:id/kaart). Filled in over several visits
 * in any order: ?onderdeel=<subdomainId> opens one subdomain, ?vorm=eenvoudig the simple model.
 */
export default function MapScreen({ householdId }: { householdId: string }) {
  const household = useRead(reads.household(householdId));
  const entries = useMapEntries(householdId);
  const location = useMapLocation();
  const subdomain = location.subdomainId ? findSubdomain(location.subdomainId) : undefined;

  let content;
  if (household === undefined || entries === undefined) content = <p role="status">{mapTexts.loading}</p>;
  else if (household === null) content = <EmptyState title={householdTexts.notFound} />;
  else if (location.mode === 'eenvoudig') content = <SimpleMap householdId={householdId} entries={entries} />;
  else if (subdomain) content = <SubdomainPage key={subdomain.id} householdId={householdId} subdomain={subdomain} />;
  else if (location.subdomainId) {
    content = (
      <EmptyState title={mapTexts.notFound}>
        <LinkButton to={mapHref(householdId, { mode: 'volledig', subdomainId: null })}>{mapTexts.backToOverview}</LinkButton>
      </EmptyState>
    );
  } else content = <MapOverview householdId={householdId} entries={entries} />;

  return (
    <Page title={mapTexts.title} back={{ to: paths.household(householdId), label: household?.label }}>
      {household && (
        <>
          <p className="map-intro">{mapTexts.intro}</p>
          <ModeSwitch householdId={householdId} location={location} />
          <p>
            <ResidentViewLink householdId={householdId} />
          </p>
        </>
      )}
      {content}
    </Page>
  );
}
