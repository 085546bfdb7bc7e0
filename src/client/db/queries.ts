import {
  conflictsTable,
  contactsTable,
  householdsTable,
  isUntouchedContact,
  mapEntriesTable,
  mapEntryId,
  prefixedValues,
  recordFields,
  type Conflict,
  type Contact,
  type Household,
  type MapEntry,
  type SyncRecord,
  type TableName,
} from '../../domain';
import { writersOf } from './authors';
import type { StoredRecord } from './database';
import type { RecordStore } from './record-store';

/**
 * Read models for the screens. Each does all its Dexie reads first and decodes after, so that
 * dexie-react-hooks' useLiveQuery sees every table it depends on and re-runs on change. Their
 * record fields are Picks of the tables' types (src/domain/records), with the defaults below.
 */

export type HouseholdView = { id: string; teamId: string; rev: number; touchedAt: number } & Required<
  // closedOn: the day the team closed it (YYYY-MM-DD), or null while it is open.
  Pick<Household, 'label' | 'members' | 'reportedBy' | 'reportReason' | 'consent' | 'closedOn'>
>;

export interface ContactView
  extends Required<Pick<Contact, 'channel' | 'startedAt' | 'contentVersion' | 'note' | 'planDate' | 'relationshipType' | 'relationshipConcern'>>,
    Pick<Contact, 'outcome'> {
  id: string;
  householdId: string;
  /** Answers by question id. */
  answers: Record<string, string>;
  /** Kinds of activerende vragen that worked, by kind id. */
  worked: Record<string, boolean>;
  /** Nothing recorded yet but the channel and the start (see isUntouchedContact). */
  untouched: boolean;
  /** The clock nodes (devices) that wrote its fields, first writer first: who wrote it (see authors.ts). */
  writtenBy: string[];
}

export interface MapEntryView
  extends Required<
    Pick<
      MapEntry,
      'subdomainId' | 'contentVersion' | 'experience' | 'situation' | 'problemsAndPossibilities' | 'causes' | 'scoreResident' | 'scoreWorker' | 'residentGoesWell'
    >
  > {
  id: string;
  /** Topic ids that were touched on. */
  topics: Record<string, boolean>;
  /** The clock nodes (devices) that wrote its fields, first writer first (see authors.ts). */
  writtenBy: string[];
}

export type ConflictView = { id: string } & Required<Pick<Conflict, 'table' | 'recordId' | 'field' | 'text' | 'losingHlc'>>;

const live = (rows: StoredRecord[]) => rows.filter((r) => r.deleted === 0);

export async function decodeAll(store: RecordStore, rows: StoredRecord[]): Promise<SyncRecord[]> {
  return Promise.all(live(rows).map((r) => store.decode(r)));
}

/** One household's rows of a table, decoded, each as `view` makes it. */
export async function listOf<T>(store: RecordStore, table: TableName, householdId: string, view: (r: SyncRecord) => T): Promise<T[]> {
  const rows = await store.db.records.where('[table+householdId]').equals([table, householdId]).toArray();
  return (await decodeAll(store, rows)).map(view);
}

export function toHouseholdView(r: SyncRecord, touchedAt = 0): HouseholdView {
  const f = recordFields(householdsTable, r.fields);
  return {
    id: r.id,
    teamId: r.teamId,
    rev: r.rev,
    touchedAt,
    label: f.label ?? '',
    members: f.members ?? '',
    reportedBy: f.reportedBy ?? '',
    reportReason: f.reportReason ?? '',
    consent: f.consent ?? 'onbekend',
    closedOn: f.closedOn ? f.closedOn : null,
  };
}

export async function getHousehold(store: RecordStore, id: string): Promise<HouseholdView | null> {
  const row = await store.db.records.get(['households', id]);
  if (!row || row.deleted) return null;
  return toHouseholdView(await store.decode(row), row.touchedAt);
}

export function toContactView(r: SyncRecord): ContactView {
  const f = recordFields(contactsTable, r.fields);
  return {
    id: r.id,
    householdId: r.householdId ?? '',
    // Required when a contact is made (contactsTable.required), so every stored contact has one.
    channel: f.channel!,
    startedAt: f.startedAt ?? '',
    contentVersion: f.contentVersion ?? '',
    outcome: f.outcome,
    note: f.note ?? '',
    planDate: f.planDate ?? null,
    answers: prefixedValues(contactsTable, 'answer.', r.fields),
    relationshipType: f.relationshipType ?? null,
    relationshipConcern: f.relationshipConcern ?? null,
    worked: prefixedValues(contactsTable, 'worked.', r.fields),
    untouched: isUntouchedContact(Object.keys(f)),
    writtenBy: writersOf(r.stamps),
  };
}

/** Compare instants, not strings: devices may write different UTC offsets. */
const newestStartFirst = (a: ContactView, b: ContactView) => Date.parse(b.startedAt) - Date.parse(a.startedAt);

export async function listContacts(store: RecordStore, householdId: string): Promise<ContactView[]> {
  const rows = await store.db.records.where('[table+householdId]').equals(['contacts', householdId]).toArray();
  return (await decodeAll(store, rows)).map(toContactView).sort(newestStartFirst);
}

export async function getContact(store: RecordStore, id: string): Promise<ContactView | null> {
  const row = await store.db.records.get(['contacts', id]);
  if (!row || row.deleted) return null;
  return toContactView(await store.decode(row));
}

export function toMapEntryView(r: SyncRecord): MapEntryView {
  const f = recordFields(mapEntriesTable, r.fields);
  return {
    id: r.id,
    subdomainId: f.subdomainId ?? '',
    contentVersion: f.contentVersion ?? '',
    experience: f.experience ?? '',
    situation: f.situation ?? '',
    problemsAndPossibilities: f.problemsAndPossibilities ?? '',
    causes: f.causes ?? '',
    scoreResident: f.scoreResident ?? null,
    scoreWorker: f.scoreWorker ?? null,
    residentGoesWell: f.residentGoesWell ?? '',
    topics: prefixedValues(mapEntriesTable, 'topic.', r.fields),
    writtenBy: writersOf(r.stamps),
  };
}

export async function listMapEntries(store: RecordStore, householdId: string): Promise<MapEntryView[]> {
  const rows = await store.db.records.where('[table+householdId]').equals(['mapEntries', householdId]).toArray();
  return (await decodeAll(store, rows)).map(toMapEntryView);
}

/** The map entry of one subdomain; null while nothing was recorded for it. */
export async function getMapEntry(store: RecordStore, householdId: string, subdomainId: string): Promise<MapEntryView | null> {
  const row = await store.db.records.get(['mapEntries', mapEntryId(householdId, subdomainId)]);
  if (!row || row.deleted) return null;
  return toMapEntryView(await store.decode(row));
}

/** Unresolved "twee versies" of a household, newest first. */
export async function listConflicts(store: RecordStore, householdId: string): Promise<ConflictView[]> {
  const rows = await store.db.records.where('[table+householdId]').equals(['conflicts', householdId]).toArray();
  return (await decodeAll(store, rows))
    .map((r) => ({ id: r.id, f: recordFields(conflictsTable, r.fields) }))
    .filter(({ f }) => f.resolved !== true)
    .map(({ id, f }) => ({
      id,
      table: f.table ?? '',
      recordId: f.recordId ?? '',
      field: f.field ?? '',
      text: f.text ?? '',
      losingHlc: f.losingHlc ?? '',
    }))
    .sort((a, b) => b.losingHlc.localeCompare(a.losingHlc));
}

export interface OutboxSummary {
  pending: number;
  rejected: { mutationId: string; table: string; error: string }[];
}

export async function outboxSummary(store: RecordStore): Promise<OutboxSummary> {
  const pending = await store.db.outbox.where('status').equals('pending').count();
  const rejected = await store.db.outbox.where('status').equals('rejected').toArray();
  return {
    pending,
    rejected: rejected.map((e) => ({ mutationId: e.mutation.mutationId, table: e.mutation.table, error: e.error ?? '' })),
  };
}
