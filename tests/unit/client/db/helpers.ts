import { afterEach, expect } from 'vitest';
import { uuidv7, type Fields, type PushResult, type SyncRecord, type TableName } from '../../../../src/domain';
import {
  VoordeurDb,
  RecordStore,
  applyPushResults,
  plainCodec,
  type OutboxEntry,
  type RecordCodec,
  type StoredRecord,
} from '../../../../src/client/db';
import { HouseholdRepository } from '../../../../src/client/db/repositories/households';
import { ContactRepository } from '../../../../src/client/db/repositories/contacts';
import { MapEntryRepository } from '../../../../src/client/db/repositories/map-entries';
import { ConflictRepository } from '../../../../src/client/db/repositories/conflicts';

export const CONTENT_VERSION = '2026.1';

const opened: VoordeurDb[] = [];

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await VoordeurDb.delete(name);
});

/** A controllable wall clock for the device (epoch ms). */
export function fakeClock(start = Date.UTC(2026, 2, 10, 9, 0, 0)) {
  let t = start;
  return {
    now: () => t,
    set: (ms: number) => {
      t = ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** One "tab": its own connection, store and repositories. Pass `name` to open a second tab on the same DB. */
export function openTab(options: { name?: string; codec?: RecordCodec; now?: () => number } = {}) {
  const db = new VoordeurDb(options.name ?? `test-${uuidv7()}`, options.codec ?? plainCodec);
  opened.push(db);
  const store = new RecordStore(db, db.codec, options.now);
  return {
    db,
    store,
    households: new HouseholdRepository(store),
    contacts: new ContactRepository(store, CONTENT_VERSION),
    mapEntries: new MapEntryRepository(store, CONTENT_VERSION),
    conflicts: new ConflictRepository(store),
  };
}

export type Tab = ReturnType<typeof openTab>;

export const demoHousehold = {
  label: 'Lindelaan 12',
  members: 'Moeder en twee kinderen (fictief)',
  reportedBy: 'Woningcorporatie',
  reportReason: 'Huurachterstand',
};

export async function createHousehold(tab: Tab, teamId: string, form: Partial<typeof demoHousehold> = {}): Promise<string> {
  const result = await tab.households.create(teamId, { ...demoHousehold, ...form });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result.errors)}`);
  return result.id;
}

export async function outbox(tab: Tab): Promise<OutboxEntry[]> {
  return tab.db.outbox.orderBy('seq').toArray();
}

export async function row(tab: Tab, table: TableName, id: string): Promise<StoredRecord | undefined> {
  return tab.db.records.get([table, id]);
}

export async function fieldsOf(tab: Tab, table: TableName, id: string): Promise<Fields | undefined> {
  return (await tab.store.read(table, id))?.fields;
}

/** A tombstone holds no contents: no payload, no stamps (so no field names either). */
export function expectBareTombstone(stored: StoredRecord | undefined): void {
  expect(stored?.deleted).toBe(1);
  expect(stored?.payload).toEqual({});
  expect(stored?.stamps).toEqual({});
}

/** A record as the server would send it. */
export function serverRecord(partial: Partial<SyncRecord> & Pick<SyncRecord, 'table' | 'id' | 'teamId'>): SyncRecord {
  return { householdId: null, fields: {}, stamps: {}, deleted: false, rev: 1, ...partial };
}

/** An HLC stamp of another device. */
export function remoteStamp(wallMs: number, node = 'remote-device', counter = 0): string {
  return `${String(wallMs).padStart(15, '0')}:${counter.toString(36).padStart(5, '0')}:${node}`;
}

/** Stamps every field with the same stamp. */
export function stampAll(fields: Fields, stamp: string): Record<string, string> {
  return Object.fromEntries(Object.keys(fields).map((f) => [f, stamp]));
}

/** A plain codec that runs a job once, in the middle of the next encode (between read and commit). */
export function interleavingCodec() {
  let interleave: (() => Promise<unknown>) | null = null;
  const codec: RecordCodec = {
    decode: plainCodec.decode,
    async encode(table: TableName, id: string, fields: Fields) {
      const job = interleave;
      interleave = null;
      if (job) await job();
      return plainCodec.encode(table, id, fields);
    },
  };
  return { codec, once: (job: () => Promise<unknown>) => (interleave = job) };
}

/** Every committed record and outbox entry, for "nothing was written" checks. */
export async function snapshot(tab: Tab) {
  return {
    records: await tab.db.records.toArray(),
    outbox: await tab.db.outbox.toArray(),
  };
}

/** The record as the server holds it after applying all of this device's pending mutations for it. */
export async function serverCopy(tab: Tab, table: TableName, id: string, rev: number): Promise<SyncRecord> {
  const local = await tab.store.read(table, id);
  return { ...local!, rev };
}

/** Acknowledge every pending mutation as the server would, at revision `rev`. */
export async function ackAll(tab: Tab, rev = 1): Promise<void> {
  const results: PushResult[] = [];
  for (const { mutation } of await outbox(tab)) {
    results.push({ mutationId: mutation.mutationId, status: 'applied', record: await serverCopy(tab, mutation.table, mutation.recordId, rev) });
  }
  await applyPushResults(tab.store, results);
}
