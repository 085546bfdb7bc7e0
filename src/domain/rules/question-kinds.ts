/**
 * The eight kinds of activerende vragen (seed, "BIJLAGE BIJ DAG 2", slide 13) by stable id; their
 * wording is in src/content/gesprekshulp. A contact records which kind worked as
 * `worked.<kindId>` = true.
 */
export const activatingQuestionKinds = [
  'open-vragen',
  'wondervraag',
  'keuzemogelijkheden',
  'vroeger-beter',
  'copingvragen',
  'contextuele-vragen',
  'scoringsvragen',
  'uitzonderingen',
] as const;
export type ActivatingQuestionKind = (typeof activatingQuestionKinds)[number];
