import { z } from 'zod';
import type { FieldSpec } from './fields';
import { householdFields } from './households';
import { contactFields, contactPrefixedFields } from './contacts';
import { mapEntryFields, mapEntryPrefixedFields } from './map-entries';
import { conflictFields } from './conflicts';
import { goalFields, goalPrefixedFields } from './goals';
import { planActionFields } from './plan-actions';
import { networkPersonFields } from './network-people';
import { networkVersionFields } from './network-versions';
import { handoverFields } from './handovers';
import { mapMomentFields, mapMomentPrefixedFields } from './map-moments';
import { breakGlassFields, legalBasisFields, sharingAgreementFields } from './sharing';
import { teamDecisionFields } from './team-decisions';

/** The synced tables. Adding one means adding it here and a migration on device and server. */
export const tableNames = [
  'households',
  'contacts',
  'mapEntries',
  'conflicts',
  'goals',
  'planActions',
  'networkPeople',
  'networkVersions',
  'handovers',
  'mapMoments',
  'legalBases',
  'sharingAgreements',
  'breakGlass',
  'teamDecisions',
] as const;
export type TableName = (typeof tableNames)[number];
export const tableNameSchema = z.enum(tableNames, { error: 'Onbekende tabel.' });

export interface TableSpec {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Fields named `<prefix><contentId>`, e.g. `answer.first-question`. */
  readonly prefixed: Readonly<Record<string, FieldSpec>>;
  /** Fields a record must have when it is created. */
  readonly required: readonly string[];
  /** Whether records of this table belong to a household (and need a householdId). */
  readonly inHousehold: boolean;
}

export const tables: Record<TableName, TableSpec> = {
  households: { fields: householdFields, prefixed: {}, required: ['label'], inHousehold: false },
  contacts: {
    fields: contactFields,
    prefixed: contactPrefixedFields,
    required: ['channel', 'startedAt'],
    inHousehold: true,
  },
  mapEntries: { fields: mapEntryFields, prefixed: mapEntryPrefixedFields, required: ['subdomainId'], inHousehold: true },
  conflicts: {
    fields: conflictFields,
    prefixed: {},
    required: ['table', 'recordId', 'field', 'text', 'losingHlc'],
    inHousehold: true,
  },
  goals: { fields: goalFields, prefixed: goalPrefixedFields, required: ['words', 'status', 'createdOn'], inHousehold: true },
  planActions: {
    fields: planActionFields,
    prefixed: {},
    required: ['goalId', 'what', 'whoKind', 'status', 'createdOn'],
    inHousehold: true,
  },
  networkPeople: { fields: networkPersonFields, prefixed: {}, required: ['name', 'relation', 'tie', 'addedOn'], inHousehold: true },
  networkVersions: { fields: networkVersionFields, prefixed: {}, required: ['takenOn', 'people'], inHousehold: true },
  handovers: { fields: handoverFields, prefixed: {}, required: ['toName', 'at'], inHousehold: true },
  mapMoments: { fields: mapMomentFields, prefixed: mapMomentPrefixedFields, required: ['takenOn'], inHousehold: true },
  legalBases: { fields: legalBasisFields, prefixed: {}, required: ['basis', 'recordedOn'], inHousehold: true },
  sharingAgreements: { fields: sharingAgreementFields, prefixed: {}, required: ['organisationId', 'agreedOn'], inHousehold: true },
  breakGlass: { fields: breakGlassFields, prefixed: {}, required: ['reason', 'at'], inHousehold: true },
  teamDecisions: { fields: teamDecisionFields, prefixed: {}, required: ['meetingOn', 'agreed'], inHousehold: true },
};
