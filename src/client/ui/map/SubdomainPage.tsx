import { useEffect, useRef } from 'react';
import { allSubdomains, domainOfSubdomain, type Subdomain } from '../../../content';
import { AidsButton } from '../aids/AidsButton';
import { LinkButton } from '../kit';
import { useAuthorNames } from '../live';
import { kitTexts } from '../texts';
import { EntryForm } from './EntryForm';
import { mapHref } from './map-url';
import { useEntriesSnapshot } from './use-map-entries';
import { useLeave } from './use-leave';
import { mapTexts } from './texts';

/** One subdomain of the full map: its topics, the four questions and both scores. */
export function SubdomainPage({ householdId, subdomain }: { householdId: string; subdomain: Subdomain }) {
  const entries = useEntriesSnapshot(householdId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [subdomain.id]);
  const domain = domainOfSubdomain(subdomain.id);
  const headingId = `map-subdomain-${subdomain.id}`;
  const writers = useAuthorNames(entries?.get(subdomain.id)?.writtenBy ?? []);
  return (
    <section className="map-subdomain" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {subdomain.title}
      </h2>
      {domain && (
        <p className="map-subdomain__domain">
          {domain.number}. {domain.title}
        </p>
      )}
      {subdomain.description && <p className="field__hint">({subdomain.description})</p>}
      {writers.length > 0 && <p className="meta-line">{kitTexts.writtenBy(writers)}</p>}
      <p>
        <AidsButton />
      </p>
      {entries?.get(subdomain.id)?.residentGoesWell && (
        <p className="notice">
          <strong>{mapTexts.residentGoesWell}</strong> {entries.get(subdomain.id)!.residentGoesWell}
        </p>
      )}
      {entries === undefined ? (
        <p role="status">{mapTexts.loading}</p>
      ) : (
        <EntryForm householdId={householdId} subdomain={subdomain} entry={entries.get(subdomain.id) ?? null} variant="full" />
      )}
      <SubdomainNav householdId={householdId} subdomainId={subdomain.id} />
    </section>
  );
}

function SubdomainNav({ householdId, subdomainId }: { householdId: string; subdomainId: string }) {
  const { leave, blocked } = useLeave();
  const index = allSubdomains.findIndex((s) => s.id === subdomainId);
  const next = allSubdomains[index + 1];
  const go = (to: string) => (event: { preventDefault: () => void }) => {
    event.preventDefault();
    void leave(to);
  };
  const overview = mapHref(householdId, { mode: 'volledig', subdomainId: null });
  const nextHref = next && mapHref(householdId, { mode: 'volledig', subdomainId: next.id });
  return (
    <nav className="map-nav" aria-label={mapTexts.navLabel}>
      {blocked && (
        <p className="field__error" role="alert">
          {kitTexts.unsavedInput}
        </p>
      )}
      <div className="button-row">
        {next && nextHref && (
          <LinkButton to={nextHref} onClick={go(nextHref)}>
            {mapTexts.nextSubdomain(next.title)}
          </LinkButton>
        )}
        <LinkButton variant="secondary" to={overview} onClick={go(overview)}>
          {mapTexts.backToOverview}
        </LinkButton>
      </div>
    </nav>
  );
}
