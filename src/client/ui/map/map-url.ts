import { paths, useSearchParam } from '../router';

export type MapMode = 'volledig' | 'eenvoudig';

export interface MapLocation {
  mode: MapMode;
  /** The open subdomain (full mode); kept while in simple mode, so switching back returns to it. */
  subdomainId: string | null;
}

/** The address of the map: ?vorm=eenvoudig for the simple model, ?onderdeel=<id> for a subdomain. */
export function mapHref(householdId: string, { mode, subdomainId }: MapLocation): string {
  const search = new URLSearchParams();
  if (mode === 'eenvoudig') search.set('vorm', 'eenvoudig');
  if (subdomainId) search.set('onderdeel', subdomainId);
  const query = search.toString();
  return paths.map(householdId) + (query ? `?${query}` : '');
}

export function useMapLocation(): MapLocation {
  const mode = useSearchParam('vorm') === 'eenvoudig' ? 'eenvoudig' : 'volledig';
  return { mode, subdomainId: useSearchParam('onderdeel') };
}

/** The subdomain page of a map entry record (`<householdId>.<subdomainId>`), e.g. to link a "twee versies" notice. */
export function mapEntryHref(householdId: string, recordId: string): string {
  const prefix = `${householdId}.`;
  const subdomainId = recordId.startsWith(prefix) ? recordId.slice(prefix.length) : null;
  return mapHref(householdId, { mode: 'volledig', subdomainId });
}
