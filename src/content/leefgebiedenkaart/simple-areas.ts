/**
 * The simple conversational model of the Kolenkit (dag / nacht / geld / vrije tijd), which a
 * worker fills in while chatting. It is a lighter view over the same subdomains, so both views
 * read and write the same map entries.
 *
 * Functioneren (praktisch, lichamelijk, psychisch, zingeving) has no place in the simple model:
 * those subdomains appear only in the full map. We do not force them under "dag", because the
 * model's point is to stay close to the resident's everyday words.
 */
export type SimpleAreaId = 'dag' | 'nacht' | 'geld' | 'vrije-tijd';

export interface SimpleArea {
  readonly id: SimpleAreaId;
  readonly title: string;
  readonly subdomainIds: readonly string[];
}

export const simpleAreas: readonly SimpleArea[] = [
  { id: 'dag', title: 'Dag', subdomainIds: ['dagbesteding', 'sociaal-functioneren', 'netwerk'] },
  { id: 'nacht', title: 'Nacht', subdomainIds: ['huisvesting', 'dak-en-thuisloos', 'veiligheid'] },
  { id: 'geld', title: 'Geld', subdomainIds: ['inkomen', 'uitgaven', 'schulden'] },
  { id: 'vrije-tijd', title: 'Vrije tijd', subdomainIds: ['vrijetijdsbesteding'] },
];
