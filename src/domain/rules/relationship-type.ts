/**
 * The relationship type of solution-focused work (seed, "BIJLAGE BIJ DAG 2", slide 10): a short
 * sequence of yes/no questions ends in one of four types. The seed's diagram has the same three
 * questions under both "probleem" and "beperking", ending in the same four types; so the first
 * answer does not change the type, only what the next step means (see src/content/gesprekshulp).
 */
export const relationshipTypes = ['voorbijganger', 'zoeker', 'koper', 'co-expert'] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

export const relationshipConcerns = ['probleem', 'beperking'] as const;
export type RelationshipConcern = (typeof relationshipConcerns)[number];

/** The yes/no questions in the seed's order, after "Probleem of beperking?". */
export const relationshipQuestions = ['vraag-voor-hulp', 'werkbare-vraag', 'gebruik-van-resources'] as const;
export type RelationshipQuestion = (typeof relationshipQuestions)[number];

export interface RelationshipAnswers {
  concern?: RelationshipConcern;
  /** Answers to the yes/no questions, in order; later answers are ignored once a "nee" ends it. */
  yesNo: readonly boolean[];
}

export type RelationshipStep =
  | { readonly done: false; readonly ask: 'concern' | RelationshipQuestion }
  | { readonly done: true; readonly type: RelationshipType; readonly concern: RelationshipConcern };

// A "nee" at question n ends in type n; three times "ja" is co-expert.
const typeAfterNo: readonly RelationshipType[] = ['voorbijganger', 'zoeker', 'koper'];

/** What to ask next, or the type the answers end in. Pure: the same answers give the same step. */
export function decideRelationship(answers: RelationshipAnswers): RelationshipStep {
  const { concern, yesNo } = answers;
  if (!concern) return { done: false, ask: 'concern' };
  for (let i = 0; i < relationshipQuestions.length; i++) {
    const answer = yesNo[i];
    if (answer === undefined) return { done: false, ask: relationshipQuestions[i]! };
    if (!answer) return { done: true, type: typeAfterNo[i]!, concern };
  }
  return { done: true, type: 'co-expert', concern };
}
