import { lifeDomains, simpleAreas } from '../../../content';
import { mapTextFields } from '../../../domain';
import type { MapEntryView } from '../../db';

/**
 * A subdomain counts as "besproken" (discussed) as soon as anything was recorded for it: a topic
 * ticked, any text, or a score. Retired topics count too: they were discussed all the same.
 */
export function isDiscussed(entry: MapEntryView | undefined): boolean {
  if (!entry) return false;
  if (Object.values(entry.topics).some(Boolean)) return true;
  if (mapTextFields.some((field) => entry[field].trim() !== '')) return true;
  return entry.scoreResident !== null || entry.scoreWorker !== null;
}

/** A group of subdomains: a life domain in the full map, an area in the simple model. */
export interface SubdomainGroup {
  readonly id: string;
  readonly title: string;
  readonly subdomainIds: readonly string[];
}

export interface GroupProgress {
  readonly id: string;
  readonly title: string;
  readonly total: number;
  readonly discussed: number;
  readonly discussedIds: ReadonlySet<string>;
}

export function groupProgress(groups: readonly SubdomainGroup[], entries: readonly MapEntryView[]): GroupProgress[] {
  const discussedAll = new Set(entries.filter(isDiscussed).map((entry) => entry.subdomainId));
  return groups.map((group) => {
    const discussedIds = new Set(group.subdomainIds.filter((id) => discussedAll.has(id)));
    return { id: group.id, title: group.title, total: group.subdomainIds.length, discussed: discussedIds.size, discussedIds };
  });
}

/** The four life domains as groups, in the seed's order. */
export const domainGroups: readonly SubdomainGroup[] = lifeDomains.map((domain) => ({
  id: domain.id,
  title: domain.title,
  subdomainIds: domain.subdomains.map((subdomain) => subdomain.id),
}));

export const simpleGroups: readonly SubdomainGroup[] = simpleAreas;
