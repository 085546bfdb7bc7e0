import { dag } from './leefgebiedenkaart/dag';
import { financien } from './leefgebiedenkaart/financien';
import { functioneren } from './leefgebiedenkaart/functioneren';
import { nacht } from './leefgebiedenkaart/nacht';
import { simpleAreas } from './leefgebiedenkaart/simple-areas';
import type { LifeDomain, Subdomain, Topic } from './leefgebiedenkaart/types';

export type { LifeDomain, LifeDomainId, Subdomain, Topic } from './leefgebiedenkaart/types';
export { mapQuestions, scaleQuestions, type ScoreField } from './leefgebiedenkaart/questions';
export { simpleAreas, type SimpleArea, type SimpleAreaId } from './leefgebiedenkaart/simple-areas';

/** The leefgebiedenkaart ("BIJLAGE BIJ DAG 3"): four life domains in the seed's order. */
export const lifeDomains: readonly LifeDomain[] = [dag, nacht, financien, functioneren];

export const allSubdomains: readonly Subdomain[] = lifeDomains.flatMap((domain) => domain.subdomains);

const subdomainsById = new Map(allSubdomains.map((subdomain) => [subdomain.id, subdomain]));

export function findSubdomain(id: string): Subdomain | undefined {
  return subdomainsById.get(id);
}

const topicsById = new Map(allSubdomains.flatMap((subdomain) => subdomain.topics).map((topic) => [topic.id, topic]));

/** Topic ids are unique across the whole map, not only within their subdomain. */
export function findTopic(id: string): Topic | undefined {
  return topicsById.get(id);
}

/** The life domain a subdomain belongs to. */
export function domainOfSubdomain(subdomainId: string): LifeDomain | undefined {
  return lifeDomains.find((domain) => domain.subdomains.some((subdomain) => subdomain.id === subdomainId));
}

const inSimpleModel = new Set(simpleAreas.flatMap((area) => area.subdomainIds));

/** Subdomains shown only in the full map (Functioneren), e.g. for a "meer in de volledige kaart" hint. */
export const fullMapOnlySubdomains: readonly Subdomain[] = allSubdomains.filter(
  (subdomain) => !inSimpleModel.has(subdomain.id),
);
