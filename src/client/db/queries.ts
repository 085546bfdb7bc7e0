import {
  isUntouchedContact,
  mapEntryId,
  type Channel,
  type Consent,
  type Outcome,
  type RelationshipConcern,
  type RelationshipType,
  type SyncRecord,
} from '../../domain';
import { writersOf } from './authors';
import type { StoredRecord } from './database';
import type { RecordStore } from './record-store';

/**
 * Read models for the screens. Each does all its Dexie reads first and decodes after, so that
 * dexie-react-hooks' useLiveQuery sees every table it depends on and re-runs on change.
 */

export interface HouseholdView {
  id: string;
  teamId: string;
  rev: number;
  touchedAt: number;
  label: string;
  members: string;
  reportedBy: string;
  reportReason: string;
  consent: Consent;
  /** The day the team closed it (YYYY-MM-DD), or null while it is open. */
  closedOn: string | null;
}

export interface ContactView {
  id: string;
  householdId: string;
  channel: Channel;
  startedAt: string;
  contentVersion: string;
  outcome?: Outcome;
  note: string;
  planDate: string | null;
  /** Answers by question id. */
  answers: Record<string, string>;
  relationshipType: RelationshipType | null;
  relationshipConcern: RelationshipConcern | null;
  /** Kinds of activerende vragen that worked, by kind id. */
  worked: Record<string, boolean>;
  /** Nothing recorded yet but the channel and the start (see isUntouchedContact). */
  untouched: boolean;
  /** The clock nodes (devices) that wrote its fields, first writer first: who wrote it (see authors.ts). */
  writtenBy: string[];
}

export interface MapEntryView {
  id: string;
  subdomainId: string;
  contentVersion: string;
  experience: string;
  situation: string;
  problemsAndPossibilities: string;
  causes: string;
  scoreResident: number | null;
  scoreWorker: number | null;
  /** What goes well, in the resident's own words (bewonersweergave). */
  residentGoesWell: string;
  /** Topic ids that were touched on. */
  topics: Record<string, boolean>;
  /** The clock nodes (devices) that wrote its fields, first writer first (see authors.ts). */
  writtenBy: string[];
}

export interface ConflictView {
  id: string;
  table: string;
  recordId: string;
  field: string;
  text: string;
  losingHlc: string;
}

const live = (rows: StoredRecord[]) => rows.filter((r) => r.deleted === 0);

export async function decodeAll(store: RecordStore, rows: StoredRecord[]): Promise<SyncRecord[]> {
  return Promise.all(live(rows).map((r) => store.decode(r)));
}

export const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function toHouseholdView(r: SyncRecord, touchedAt = 0): HouseholdView {
  const f = r.fields;
  return {
    id: r.id,
    teamId: r.teamId,
    rev: r.rev,
    touchedAt,
    label: str(f.label),
    members: str(f.members),
    reportedBy: str(f.reportedBy),
    reportReason: str(f.reportReason),
    consent: (f.consent as Consent | undefined) ?? 'onbekend',
    closedOn: typeof f.closedOn === 'string' && f.closedOn !== '' ? f.closedOn : null,
  };
}

export async function getHousehold(store: RecordStore, id: string): Promise<HouseholdView | null> {
  const row = await store.db.records.get(['households', id]);
  if (!row || row.deleted) return null;
  return toHouseholdView(await store.decode(row), row.touchedAt);
}

export function toContactView(r: SyncRecord): ContactView {
  const f = r.fields;
  const answers: Record<string, string> = {};
  const worked: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(f)) {
    if (name.startsWith('answer.') && typeof value === 'string') answers[name.slice('answer.'.length)] = value;
    if (name.startsWith('worked.') && typeof value === 'boolean') worked[name.slice('worked.'.length)] = value;
  }
  return {
    id: r.id,
    householdId: r.householdId ?? '',
    channel: f.channel as Channel,
    startedAt: str(f.startedAt),
    contentVersion: str(f.contentVersion),
    outcome: (f.outcome as Outcome | undefined) ?? undefined,
    note: str(f.note),
    planDate: (f.planDate as string | null | undefined) ?? null,
    answers,
    relationshipType: (f.relationshipType as RelationshipType | null | undefined) ?? null,
    relationshipConcern: (f.relationshipConcern as RelationshipConcern | null | undefined) ?? null,
    worked,
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
  const f = r.fields;
  const topics: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(f)) {
    if (name.startsWith('topic.') && typeof value === 'boolean') topics[name.slice('topic.'.length)] = value;
  }
  const score = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: r.id,
    subdomainId: str(f.subdomainId),
    contentVersion: str(f.contentVersion),
    experience: str(f.experience),
    situation: str(f.situation),
    problemsAndPossibilities: str(f.problemsAndPossibilities),
    causes: str(f.causes),
    scoreResident: score(f.scoreResident),
    scoreWorker: score(f.scoreWorker),
    residentGoesWell: str(f.residentGoesWell),
    topics,
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
    .filter((r) => r.fields.resolved !== true)
    .map((r) => ({
      id: r.id,
      table: str(r.fields.table),
      recordId: str(r.fields.recordId),
      field: str(r.fields.field),
      text: str(r.fields.text),
      losingHlc: str(r.fields.losingHlc),
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
