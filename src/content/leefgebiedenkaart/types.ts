/** One thing to touch on within a subdomain; stored as `topic.<id>` on a map entry. */
export interface Topic {
  readonly id: string;
  readonly text: string;
}

export interface Subdomain {
  readonly id: string;
  readonly title: string;
  /** The seed's own explanation in brackets under the title, where it has one. */
  readonly description?: string;
  readonly topics: readonly Topic[];
}

export type LifeDomainId = 'dag' | 'nacht' | 'financien' | 'functioneren';

export interface LifeDomain {
  readonly id: LifeDomainId;
  readonly number: 1 | 2 | 3 | 4;
  readonly title: string;
  readonly subdomains: readonly Subdomain[];
}
