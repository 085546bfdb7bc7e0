import * as z from 'zod/mini';
import { booleanField, contentVersionField, enumField, isoDateField, isoDateTimeField, textField, valueField, type FieldSpec } from './fields';
import { relationshipConcerns, relationshipTypes } from '../rules/relationship-type';
import { defineTable, type TableRecord } from './define-table';
import { prefixedName } from './prefixed';

/** The contact channels of the integrale vragenlijst. */
export const channels = ['telefoon', 'loket', 'huisbezoek', 'eropaf'] as const;
export const channelSchema = z.enum(channels, { error: 'Kies hoe het contact was.' });
export type Channel = (typeof channels)[number];

/** How a contact moment ended; labels live in src/content. */
export const outcomes = [
  'niet-thuis',
  'gesproken-aan-de-deur',
  'afspraak-gemaakt',
  'binnen-geweest',
  'gesproken',
  'wil-geen-contact',
] as const;
export type Outcome = (typeof outcomes)[number];

export const contactFields = {
  channel: valueField(channelSchema),
  startedAt: isoDateTimeField(),
  contentVersion: contentVersionField(),
  outcome: enumField(outcomes, 'Kies hoe het contact afliep.'),
  note: textField(),
  /** Planning: agreed term (the method: not more than two weeks). */
  planDate: isoDateField(),
  /** The relationship type found with the seed's yes/no sequence (null: cleared again). */
  relationshipType: valueField(z.nullable(z.enum(relationshipTypes, { error: 'Kies een relatietype.' }))),
  /** The first answer of that sequence: a problem, or a limitation to live with. */
  relationshipConcern: valueField(z.nullable(z.enum(relationshipConcerns, { error: 'Kies probleem of beperking.' }))),
} satisfies Record<string, FieldSpec>;

/** Dynamic fields: `answer.<questionId>` holds the answer to one question of the vragenlijst. */
export const contactPrefixedFields = {
  'answer.': textField(),
  /** `worked.<kindId>`: this kind of activerende vraag worked in this contact. */
  'worked.': booleanField(),
} satisfies Record<string, FieldSpec>;

export const contactsTable = defineTable({
  fields: contactFields,
  prefixed: contactPrefixedFields,
  required: ['channel', 'startedAt'],
  inHousehold: true,
});
export type Contact = TableRecord<typeof contactsTable>;

export const answerField = (questionId: string) => prefixedName('answer.', questionId);

export const workedField = (kindId: string) => prefixedName('worked.', kindId);

/** The fields a contact gets when it is started; nothing a person recorded. */
export const contactSetupFields: readonly string[] = ['channel', 'startedAt', 'contentVersion'];

/**
 * Whether a contact holds nothing but its setup (a wrong channel tap, left at once). Given the
 * names of the fields ever written (a cleared field counts as written, to be safe).
 */
export const isUntouchedContact = (fieldNames: Iterable<string>): boolean =>
  [...fieldNames].every((name) => contactSetupFields.includes(name));
