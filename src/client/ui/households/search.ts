import type { HouseholdView } from '../../db';

/** Lower case without accents, so "Ozdemir" finds "Özdemir" and "cafe" finds "café". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Households whose label, people or reporter contain every word of the query. In memory on
 * purpose: names are personal data and are never put in an index.
 */
export function searchHouseholds(households: readonly HouseholdView[], query: string): HouseholdView[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...households];
  return households.filter((household) => {
    const haystack = normalize([household.label, household.members, household.reportedBy].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
