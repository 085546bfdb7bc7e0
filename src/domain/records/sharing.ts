import { isoDateField, isoDateTimeField, requiredTextField, textField, valueField, type FieldSpec } from './fields';
import { uuidSchema } from '../ids';
import * as z from 'zod/mini';
import { defineTable, type TableRecord } from './define-table';

/**
 * The legal basis (grondslag) the team works on for a household, as rows: the newest one is the
 * current one, the older ones stay as the history the privacy officer asks for.
 */
export const legalBasisValues = ['toestemming', 'wettelijke-taak', 'wettelijke-plicht', 'vitaal-belang', 'overeenkomst'] as const;
export type LegalBasis = (typeof legalBasisValues)[number];

export const legalBasisFields = {
  basis: valueField(z.enum(legalBasisValues, { error: 'Kies de grondslag.' })),
  note: textField(2_000),
  recordedOn: isoDateField(),
  byName: textField(120),
} satisfies Record<string, FieldSpec>;

export const legalBasesTable = defineTable({ fields: legalBasisFields, required: ['basis', 'recordedOn'], inHousehold: true });
export type LegalBasisRecord = TableRecord<typeof legalBasesTable>;

/**
 * What the resident agreed may be shared with one partner organisation of the kernteam: one row
 * per organisation and agreement (rows never collide). The server reads these rows to decide
 * which partner users may pull the household (src/server/sharing/shares.ts): an agreement is
 * current from `agreedOn` until `until` (inclusive; empty: no end) unless `withdrawnOn` is set.
 */
export const sharingAgreementFields = {
  organisationId: valueField(uuidSchema),
  agreedOn: isoDateField(),
  byName: textField(120),
  until: isoDateField(),
  withdrawnOn: isoDateField(),
  note: textField(2_000),
} satisfies Record<string, FieldSpec>;

export const sharingAgreementsTable = defineTable({ fields: sharingAgreementFields, required: ['organisationId', 'agreedOn'], inHousehold: true });
export type SharingAgreement = TableRecord<typeof sharingAgreementsTable>;

/**
 * "Break the glass": someone outside the household's circle (see rules/need-to-know.ts) gave a
 * reason before opening it. Written on the device (offline too) and synced like any record, so
 * it lands in the audit trail and the teamleider sees it.
 */
export const breakGlassFields = {
  reason: requiredTextField(1_000, 'Schrijf op waarom u dit huishouden opent.'),
  at: isoDateTimeField(),
  byName: textField(120),
} satisfies Record<string, FieldSpec>;

export const breakGlassTable = defineTable({ fields: breakGlassFields, required: ['reason', 'at'], inHousehold: true });
export type BreakGlass = TableRecord<typeof breakGlassTable>;
