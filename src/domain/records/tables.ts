import * as z from 'zod/mini';
import type { TableSpec } from './define-table';
import { householdsTable } from './households';
import { contactsTable } from './contacts';
import { mapEntriesTable } from './map-entries';
import { conflictsTable } from './conflicts';
import { goalsTable } from './goals';
import { planActionsTable } from './plan-actions';
import { networkPeopleTable } from './network-people';
import { networkVersionsTable } from './network-versions';
import { handoversTable } from './handovers';
import { mapMomentsTable } from './map-moments';
import { breakGlassTable, legalBasesTable, sharingAgreementsTable } from './sharing';
import { teamDecisionsTable } from './team-decisions';

/**
 * The synced tables, by name. Adding one is its definition (defineTable, in its own file here)
 * and an entry below; the sync, the stores and the merge take every table from this list. Bump
 * SCHEMA_VERSION (sync-protocol.ts) with it, so older devices are told to update.
 */
export const tables = {
  households: householdsTable,
  contacts: contactsTable,
  mapEntries: mapEntriesTable,
  conflicts: conflictsTable,
  goals: goalsTable,
  planActions: planActionsTable,
  networkPeople: networkPeopleTable,
  networkVersions: networkVersionsTable,
  handovers: handoversTable,
  mapMoments: mapMomentsTable,
  legalBases: legalBasesTable,
  sharingAgreements: sharingAgreementsTable,
  breakGlass: breakGlassTable,
  teamDecisions: teamDecisionsTable,
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof tables;

/** The names and their schema, derived from a table list (also used by tests that add a table). */
export function tableIndex<T extends Record<string, TableSpec>>(list: T) {
  const names = Object.keys(list) as [keyof T & string, ...(keyof T & string)[]];
  return { tableNames: names, tableNameSchema: z.enum(names, { error: 'Onbekende tabel.' }) };
}

export const { tableNames, tableNameSchema } = tableIndex(tables);

/** The spec of a table, widened to TableSpec for code that serves every table alike. */
export const tableSpec = (table: TableName): TableSpec => tables[table];
