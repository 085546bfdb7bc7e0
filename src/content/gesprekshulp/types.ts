/**
 * The conversation aids (gesprekshulp) of the seed, days 2 and 3, as data rendered by kind.
 *
 * Two sorts of text, kept apart in the data so a test can hold each to its rule:
 * - plain `string` fields named in each type as the seed's: transcribed from the seed;
 * - `own` fields ({@link OwnText}): explanation and examples the app adds, plain Dutch (B1),
 *   shown marked as the app's own.
 */
export interface OwnText {
  readonly own: string;
}

export const own = (text: string): OwnText => ({ own: text });

export interface QuestionKindItem {
  /** An id of activatingQuestionKinds (src/domain). */
  readonly id: string;
  /** The seed's name of the kind. */
  readonly title: string;
  readonly explanation: OwnText;
  readonly examples: readonly OwnText[];
}

export interface QuestionKindsAid {
  readonly kind: 'question-kinds';
  readonly id: 'activerende-vragen';
  readonly title: string;
  readonly intro: string;
  readonly items: readonly QuestionKindItem[];
}

export interface CommunicationElement {
  readonly id: string;
  /** The seed's name and its two lines: what I ... and what you ... */
  readonly title: string;
  readonly lines: readonly string[];
}

export interface Contrast {
  readonly id: string;
  /** The seed's two words, e.g. "Waarneming" versus "oordeel" (the seed writes them in capitals). */
  readonly left: string;
  readonly right: string;
  readonly explanation: OwnText;
  readonly example: OwnText;
}

export interface CommunicationAid {
  readonly kind: 'communication';
  readonly id: 'geweldloze-communicatie';
  readonly title: string;
  readonly intro: readonly string[];
  readonly elements: readonly CommunicationElement[];
  readonly contrasts: readonly Contrast[];
}

export interface RelationshipOutcome {
  /** A RelationshipType (src/domain). */
  readonly id: string;
  /** The seed's name and its kind of relationship. */
  readonly title: string;
  readonly relation: string;
  readonly meaning: OwnText;
  readonly nextStep: OwnText;
}

export interface RelationshipAid {
  readonly kind: 'decision';
  readonly id: 'relatietype';
  readonly title: OwnText;
  readonly intro: OwnText;
  /** The seed's first question and its two answers. */
  readonly concernQuestion: string;
  readonly concerns: Readonly<Record<'probleem' | 'beperking', { label: string; explanation: OwnText }>>;
  /** The seed's yes/no questions by RelationshipQuestion id, with the app's explanation. */
  readonly questions: Readonly<Record<string, { text: string; explanation: OwnText }>>;
  readonly outcomes: readonly RelationshipOutcome[];
  readonly limitationNote: OwnText;
}

export interface ChecklistGroup {
  readonly title: string;
  readonly items: readonly { id: string; text: string; explanation?: OwnText }[];
}

export interface ChecklistAid {
  readonly kind: 'checklist';
  readonly id: 'voor-vertrek';
  readonly title: string;
  readonly intro: OwnText;
  readonly groups: readonly ChecklistGroup[];
}

export interface Baken {
  readonly id: string;
  readonly title: string;
  readonly points: readonly string[];
}

export interface BakensAid {
  readonly kind: 'bakens';
  readonly id: 'bakens';
  readonly title: string;
  readonly reflection: OwnText;
  readonly bakens: readonly Baken[];
}

export type Aid = QuestionKindsAid | CommunicationAid | RelationshipAid | ChecklistAid | BakensAid;
export type AidId = Aid['id'];
