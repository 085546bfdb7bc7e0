import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DeviceAuditEntry, Mutation, TableName, Hlc } from '../../domain';
import { plainCodec, type RecordCodec } from './codec';
import { tellLiveQueriesAfterCommit } from './live-after-commit';

/**
 * A synced record as it is stored on the device. Only the envelope is indexed (ids, team,
 * household, revision, time of the last local change); the contents live in `payload`, which
 * the codec may encrypt. Never add an index on anything a person typed.
 */
export interface StoredRecord {
  table: TableName;
  id: string;
  teamId: string;
  householdId: string | null;
  /** Encoded fields (see codec.ts). */
  payload: unknown;
  stamps: Record<string, Hlc>;
  deleted: 0 | 1;
  rev: number;
  /** Epoch ms of the last change made or received here; for sorting lists. */
  touchedAt: number;
  /** Bumped on every write; a write that read an older version retries (see record-store.ts). */
  version: number;
}

export type OutboxStatus = 'pending' | 'rejected';

/**
 * A mutation as the outbox stores it: `changedFields` encoded by the codec (sealed, bound to the
 * table, record and mutation id; see outbox.ts), decoded only just before a push.
 */
export type StoredMutation = Omit<Mutation, 'changedFields'> & { changedFields: unknown };

export interface OutboxEntry {
  seq?: number;
  mutation: StoredMutation;
  /**
   * The names of the changed fields, in clear (schema names, never typed text; the records'
   * stamps name them too): folding and a pull's "keep unsent fields" need them inside a
   * transaction, where nothing can be decrypted. Missing on entries from before encryption.
   */
  fieldNames?: string[];
  status: OutboxStatus;
  /** Why the server refused it, in Dutch, when status is 'rejected'. */
  error?: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The local-only summary of a household (summaries.ts), never synced. Clear: ids, team, time,
 * version and whether the household itself is here; everything a person typed is in `payload`,
 * through the codec.
 */
export interface SummaryRow {
  householdId: string;
  teamId: string;
  /** The household record's touchedAt, for sorting the list. */
  touchedAt: number;
  /** 1 once the household record itself is here (children can arrive first). */
  listed: 0 | 1;
  version: number;
  payload: unknown;
}

/** Set in meta once no plain value from before encryption at rest is left (see sealing.ts). */
export const SEALED_KEY = 'crypto:sealed';

/** Set in meta while the summaries hold every household here (see household-list.ts). */
export const SUMMARIES_BUILT_KEY = 'summaries:built';

/**
 * The shape of the summaries' contents. The mark above holds it: summaries of an older shape
 * (2: before the team review added handovers, actions and decisions) are built again once from
 * the records, so no Dexie version is needed for a new field of the read model.
 */
export const SUMMARY_FORMAT = 3;

export class VoordeurDb extends Dexie {
  records!: Table<StoredRecord, [TableName, string]>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  summaries!: EntityTable<SummaryRow, 'householdId'>;
  /** What this device showed (ids and action only), until the server has it (access-log.ts). */
  auditOutbox!: EntityTable<DeviceAuditEntry, 'entryId'>;

  /** How contents are stored at rest (sealed in the app; plain in tests of the store's logic). */
  readonly codec: RecordCodec;

  constructor(name = 'voordeur', codec: RecordCodec = plainCodec) {
    // Chromium commits with relaxed durability by default since version 121: a phone that dies
    // right after "saved" could lose the write. Strict waits until the data is on disk.
    super(name, { chromeTransactionDurability: 'strict' });
    // Before any live query subscribes: a commit's writer resumes before the screens re-read.
    tellLiveQueriesAfterCommit();
    this.codec = codec;
    // Migrations are only ever added: a new version() block per change, never edit an old one.
    this.version(1).stores({
      records: '[table+id], [table+householdId], [table+teamId], householdId, touchedAt',
      outbox: '++seq, &mutation.mutationId, [mutation.table+mutation.recordId], status',
      meta: 'key',
    });
    // Household summaries, a read model derived from records (filled by summaries.ts on first use).
    this.version(2).stores({ summaries: 'householdId, [teamId+listed]' });
    // The NEN 7513 trail of reads done on this device, also offline (access-log.ts).
    this.version(5).stores({ auditOutbox: 'entryId, occurredAt' });
    // A new database has no records, so its (empty) summaries are complete from the start. A
    // database upgraded from version 1 lacks the mark: household-list.ts builds them once.
    this.on('populate', (tx) => {
      void tx.table('meta').put({ key: SUMMARIES_BUILT_KEY, value: SUMMARY_FORMAT });
      // Nor any plain value from before encryption at rest.
      void tx.table('meta').put({ key: SEALED_KEY, value: true });
    });
  }
}
