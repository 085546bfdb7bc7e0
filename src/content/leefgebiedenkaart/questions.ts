import type { MapTextField } from '../../domain';

/**
 * "BIJ ALLE VRAGEN": the four questions that hold for every subdomain, each stored in its own
 * text field of the map entry. The order is the seed's.
 */
export const mapQuestions: readonly { readonly field: MapTextField; readonly text: string }[] = [
  { field: 'experience', text: 'Hoe beleeft de persoon het zelf en wat zie jij?' },
  { field: 'situation', text: 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.' },
  { field: 'problemsAndPossibilities', text: 'Wat zijn problemen én: wat zijn mogelijkheden / wat gaat goed?' },
  // The seed reads "Wat maakt dat de situatie is zo is?"; the doubled "is" is repaired.
  { field: 'causes', text: 'Wat maakt dat de situatie zo is?' },
];

export type ScoreField = 'scoreResident' | 'scoreWorker';

/**
 * Scaling questions ("scoringsvragen", one of the activating questions of day 2). The seed names
 * them but gives no wording, so these are plain-language texts of our own.
 */
export const scaleQuestions: readonly { readonly field: ScoreField; readonly label: string; readonly text: string }[] = [
  {
    field: 'scoreResident',
    label: 'Cijfer van de bewoner',
    text: 'Welk cijfer geeft u dit nu, van 1 tot en met 10? 1 is heel slecht, 10 is heel goed.',
  },
  {
    field: 'scoreWorker',
    label: 'Cijfer van de werker',
    text: 'Welk cijfer geef jij dit nu, van 1 tot en met 10? 1 is heel slecht, 10 is heel goed.',
  },
];
