/** Lower case without accents, so "Ozdemir" finds "Özdemir" and "cafe" finds "café". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Households whose label, people or reporter contain every word of the query. In memory on
 * purpose: names are personal data and are never put in an index.
 */
export function searchHouseholds<T extends Searchable>(households: readonly T[], query: string): T[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...households];
  return households.filter((household) => {
    const haystack = haystackOf(household);
    return words.every((word) => haystack.includes(word));
  });
}

interface Searchable {
  label: string;
  members: string;
  reportedBy: string;
}

/**
 * Normalised once per list item, not once per keystroke: with 5,000 households on a slow phone,
 * normalising every text on every keystroke took longer than the 100 ms an answer may take.
 * Keyed by the item object, which the list replaces when its household changes.
 */
const haystacks = new WeakMap<Searchable, string>();

/** Normalise the texts of these households ahead of the first keystroke (e.g. when the browser is idle). */
export function prepareSearch(households: readonly Searchable[]): void {
  for (const household of households) haystackOf(household);
}

function haystackOf(household: Searchable): string {
  let haystack = haystacks.get(household);
  if (haystack === undefined) {
    haystack = normalize([household.label, household.members, household.reportedBy].join(' '));
    haystacks.set(household, haystack);
  }
  return haystack;
}
