import {
  SCHEMA_VERSION,
  textsNotSeen,
  uuidv7,
  validateFields,
  type Hlc,
  type Mutation,
  type Fields,
  type SyncRecord,
  type TableName,
} from '../../domain';
import { storeFailure, type Failure } from './store-problems';
import type { OutboxEntry, StoredMutation, StoredRecord, SummaryRow, VoordeurDb } from './database';
import type { RecordCodec } from './codec';
import { loadDevice, readClientId, takeStamp } from './device-clock';
import {
  dropMutationsOf,
  dropMutationsOfAll,
  foldTarget,
  newestOutboxEntry,
  putFolded,
  readFoldState,
  sealChange,
  sealChangeAfter,
  type SealedChange,
} from './outbox';
import { WriteQueue } from './write-queue';
import { RACED, retryWhenRaced } from './retry';
import { LastWrite, sameValue, stillAsRead, type BeforeWrite, type CommitReads } from './last-write';

type SummariesModule = typeof import('./summaries');
let summariesLoading: Promise<SummariesModule> | undefined;
/**
 * The households' summaries (summaries.ts) load with the first write, not with the start: no first
 * question needs them. Awaited before a write opens its transactions (an await of anything but
 * IndexedDB inside one would let it commit); precached like every chunk, so offline too.
 */
function loadSummaries(): Promise<SummariesModule> {
  summariesLoading ??= import('./summaries').catch((error: unknown) => {
    summariesLoading = undefined;
    throw error;
  });
  return summariesLoading;
}

export interface RecordTarget {
  table: TableName;
  id: string;
  teamId: string;
  householdId: string | null;
}

export type WriteResult = { ok: true } | Failure;

/**
 * The one write path for synced records. Every write is validated with the domain schema,
 * stamped by the device clock, and committed together with its outbox mutation in one strict
 * transaction, so a change is either saved *and* queued for the server, or not at all.
 */
export class RecordStore {
  readonly queue = new WriteQueue();
  private readonly listeners = new Set<() => void>();
  /** This device's node in the clock's stamps (its client id), once read. */
  private ownNode?: string;
  /** Where the next write of the record written last starts (last-write.ts). */
  private readonly lastWrite = new LastWrite();

  constructor(
    readonly db: VoordeurDb,
    readonly codec: RecordCodec,
    private readonly now: () => number = Date.now,
  ) {}

  /** Be told after every committed local write (the sync loop pushes shortly after). */
  onLocalWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Drop the decrypted contents this store keeps between writes (last-write.ts): the device locks. */
  forgetDecoded(): void {
    this.lastWrite.forget();
  }

  private readonly appliedListeners = new Set<(table: TableName, id: string) => void>();

  /** Be told of every record that changed through sync (remote-apply.ts), after it committed. */
  onRecordApplied(listener: (table: TableName, id: string) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  /** Called by remote-apply.ts once records from the server are stored. */
  recordsApplied(records: Iterable<{ table: TableName; id: string }>): void {
    for (const { table, id } of records) {
      // The next write of a pulled record would fail its checks and start over: start fresh at once.
      if (this.lastWrite.of(table, id)) this.lastWrite.forget();
      for (const listener of [...this.appliedListeners]) listener(table, id);
    }
  }

  async read(table: TableName, id: string): Promise<SyncRecord | undefined> {
    const stored = await this.db.records.get([table, id]);
    return stored && this.decode(stored);
  }

  async decode(stored: StoredRecord): Promise<SyncRecord> {
    return {
      table: stored.table,
      id: stored.id,
      teamId: stored.teamId,
      householdId: stored.householdId,
      fields: await this.codec.decode(stored.table, stored.id, stored.payload),
      stamps: stored.stamps,
      deleted: stored.deleted === 1,
      rev: stored.rev,
    };
  }

  /**
   * Create the record or change some of its fields. Invalid input is refused, never stored.
   * `seen`: what the writer's form showed for these fields. A stored text it did not show
   * (synced in while the form was open) is kept as "twee versies" rather than replaced.
   */
  put(target: RecordTarget, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    return this.write(target, changes, false, seen);
  }

  /** Change fields of a record that already exists here (team and household come from it). */
  update(table: TableName, id: string, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    return this.write({ table, id, teamId: '', householdId: null }, changes, true, seen);
  }

  private write(target: RecordTarget, changes: Record<string, unknown>, mustExist: boolean, seen: Fields = {}): Promise<WriteResult> {
    return this.queue.run(() =>
      retryWhenRaced(
        () => this.tryPut(target, changes, mustExist, seen),
        'Record kept changing in another tab; write abandoned after retries',
      ),
    );
  }

  private async tryPut(
    target: RecordTarget,
    changes: Record<string, unknown>,
    mustExist: boolean,
    seen: Fields,
  ): Promise<WriteResult | typeof RACED> {
    const { planSummaries, putSummaries, summariesUnchanged, summaryIdOf } = await loadSummaries();
    const before = this.lastWrite.of(target.table, target.id) ?? (await this.readBeforeWrite(target, summaryIdOf));
    // Whatever this attempt ends in, the next starts from what it reads or writes itself.
    this.lastWrite.forget();
    const { stored, newest, summaryRows } = before;
    if (!stored && mustExist) return storeFailure('record-gone');
    if (stored?.deleted) return storeFailure('record-deleted');
    const validation = validateFields(target.table, changes, !stored);
    if (!validation.ok) return validation;
    const current = before.current ?? (stored ? await this.codec.decode(target.table, target.id, stored.payload) : {});
    const changed = stored ? onlyChanged(current, validation.fields) : validation.fields;
    if (Object.keys(changed).length === 0) return { ok: true };
    const envelope = stored ?? target;
    const { keptTexts, ownNode } = stored
      ? await this.unseenTextsAsConflicts({ ...target, ...envelope }, stored, current, changed, seen)
      : { keptTexts: [], ownNode: undefined };
    const touchedAt = this.now();
    // Sealed together: each await of WebCrypto is a turn of the page's main thread, which on a
    // slow phone is busy with the screen (a keystroke's save waited for each in turn before).
    const [payload, change, summaries] = await Promise.all([
      this.codec.encode(target.table, target.id, { ...current, ...changed }),
      sealChangeAfter(newest, this.codec, target.table, target.id, uuidv7(this.now()), changed),
      planSummaries(
        this.db,
        this.codec,
        [
          { ...target, ...pickEnvelope(envelope), fields: { ...current, ...changed }, stamps: {}, deleted: false, rev: 0, touchedAt },
          ...keptTexts.map((kept) => ({ ...kept.target, fields: kept.fields, stamps: {}, deleted: false, rev: 0, touchedAt })),
        ],
        'stored',
        summaryRows,
        before.summaryTexts,
      ),
    ]);
    const contents = (hlc: Hlc) => ({ payload, stamps: { ...stored?.stamps, ...stampAll(changed, hlc) }, deleted: 0 as const });
    // What the commit would read, as the last write left it: then the writes go out with the checks.
    const assumed = keptTexts.length === 0 ? before.commitReads : undefined;
    const committed = await this.db
      .transaction('rw', this.db.records, this.db.outbox, this.db.meta, this.db.summaries, async () => {
        const write = { op: 'put' as const, target, envelope, stored, changed };
        // Every check is a read; they go out together with what the commit reads (clock, entry to
        // fold into), and nothing is written before all passed.
        const checked = Promise.all([
          stillAsRead(this.db, target.table, target.id, stored),
          ownNode === undefined || this.stillOwnNode(ownNode),
          summariesUnchanged(this.db, summaries),
          this.readForCommit(write),
        ]).then(([atVersion, ownNodeStill, summariesStill, reads]) => (atVersion && ownNodeStill && summariesStill ? reads : null));
        if (assumed) {
          // One round: the writes, made from the assumed reads, are queued behind the checks
          // (IndexedDB runs a transaction's requests in order, so the checks see the store as it
          // was), and the transaction is aborted unless every check passed and the reads are
          // exactly as assumed, so the writes are those a write that read first would make.
          const written = Promise.all([putSummaries(this.db, summaries), this.commitWrite(write, change, contents, assumed)]);
          written.catch(() => undefined); // an abort fails them; the abort is the answer
          const reads = await checked;
          if (reads === null || !sameValue(reads, assumed)) throw new ChecksFailed();
          return (await written)[1];
        }
        const reads = await checked;
        if (reads === null) return null;
        const [, written] = await Promise.all([putSummaries(this.db, summaries), this.commitWrite(write, change, contents, reads)]);
        for (const kept of keptTexts) {
          const conflict = { op: 'put' as const, target: kept.target, envelope: kept.target, stored: undefined, changed: kept.fields };
          await this.commitWrite(conflict, kept.change, (hlc) => ({ payload: kept.payload, stamps: stampAll(kept.fields, hlc), deleted: 0 }));
        }
        return written;
      })
      .catch((error: unknown) => {
        if (error instanceof ChecksFailed) return null;
        throw error;
      });
    if (!committed) return RACED;
    // A write that also kept texts as conflicts made newer outbox entries than its own: not remembered.
    if (keptTexts.length === 0) {
      this.lastWrite.remember({
        ...committed,
        current: { ...current, ...changed },
        summaryRows: summaryRowsAfter(summaryRows, summaries.put),
        summaryTexts: summaries.texts,
      });
    }
    this.notify();
    return { ok: true };
  }

  /**
   * What a write needs to know before it seals, in one read-only transaction: the record, the
   * newest outbox entry (may the change fold into it?) and its household's summary. Each is
   * checked again in the write's own transaction (version, fold, summary version), so reading
   * them here together changes nothing but the number of transactions a keystroke's save opens.
   */
  private readBeforeWrite(target: RecordTarget, summaryIdOf: SummariesModule['summaryIdOf']): Promise<BeforeWrite> {
    return this.db.transaction('r', this.db.records, this.db.outbox, this.db.summaries, async () => {
      const [stored, newest] = await Promise.all([this.db.records.get([target.table, target.id]), newestOutboxEntry(this.db)]);
      // An update names no household: the stored record does.
      const summaryId = summaryIdOf({ ...target, ...(stored && pickEnvelope(stored)) });
      const summaryRows = new Map(summaryId === null ? [] : [[summaryId, await this.db.summaries.get(summaryId)] as const]);
      return { stored, newest, summaryRows };
    });
  }

  /**
   * Tombstone a record. Deleting a household also removes everything recorded about it on this
   * device, including changes not yet sent: erasing means erasing (the server does the same
   * for every other device).
   */
  delete(target: RecordTarget, onlyIf?: (stored: StoredRecord) => boolean): Promise<boolean> {
    return this.queue.run(() =>
      retryWhenRaced(async () => {
        this.lastWrite.forget();
        const { planSummaries, commitSummaries } = await loadSummaries();
        const known = await this.db.records.get([target.table, target.id]);
        // A household's own summary goes with purgeHousehold; a child leaves its household's.
        const summaries = await planSummaries(this.db, this.codec, [
          { ...target, ...pickEnvelope(known ?? target), fields: {}, stamps: {}, deleted: true, rev: 0, touchedAt: this.now() },
        ]);
        const change = await sealChange(this.db, this.codec, target.table, target.id, uuidv7(this.now()), {});
        const outcome = await this.db.transaction('rw', this.db.records, this.db.outbox, this.db.meta, this.db.summaries, async () => {
          const stored = await this.db.records.get([target.table, target.id]);
          // Checked in the same transaction as the delete: nothing written since can be lost.
          if (onlyIf && (!stored || stored.deleted || !onlyIf(stored))) return 'refused' as const;
          if (!(await commitSummaries(this.db, summaries))) return RACED;
          const envelope = stored ?? target;
          if (target.table === 'households') await purgeHousehold(this.db, target.id);
          await dropMutationsOf(this.db, target.table, target.id);
          // A tombstone holds no contents.
          const write = { op: 'delete' as const, target, envelope, stored, changed: {} };
          await this.commitWrite(write, change, () => ({ payload: {}, stamps: {}, deleted: 1 }));
          return 'deleted' as const;
        });
        if (outcome === RACED) return RACED;
        if (outcome === 'refused') return false;
        this.notify();
        return true;
      }, 'Record kept changing in another tab; delete abandoned after retries'),
    );
  }

  /**
   * Inside the caller's transaction: stamp the write with the device clock, store the record and
   * append its outbox mutation. One place, so a record can never be written without its mutation.
   */
  private async commitWrite(
    write: {
      op: Mutation['op'];
      target: RecordTarget;
      envelope: Pick<RecordTarget, 'teamId' | 'householdId'>;
      stored: StoredRecord | undefined;
    },
    change: SealedChange,
    contents: (hlc: Hlc) => Pick<StoredRecord, 'payload' | 'stamps' | 'deleted'>,
    read?: CommitReads,
  ): Promise<Pick<BeforeWrite, 'stored' | 'newest'> & { stored: StoredRecord; commitReads: CommitReads }> {
    const { op, target, envelope, stored } = write;
    const reads = read ?? (await this.readForCommit(write));
    const foldInto = reads.fold && foldTarget(reads.fold, { op, table: target.table, recordId: target.id }, change);
    const { hlc, clientId, clientSeq, stored: stampStored, next } = takeStamp(this.db, reads.device, this.now());
    const baseRev = stored?.rev ?? 0;
    const record: StoredRecord = {
      table: target.table,
      id: target.id,
      teamId: envelope.teamId,
      householdId: envelope.householdId,
      ...contents(hlc),
      rev: baseRev,
      touchedAt: this.now(),
      version: (stored?.version ?? 0) + 1,
    };
    const putRecord = this.db.records.put(record);
    const mutation: StoredMutation = {
      mutationId: change.mutationId,
      clientId,
      clientSeq,
      table: target.table,
      recordId: target.id,
      teamId: envelope.teamId,
      householdId: envelope.householdId,
      op,
      // Sealed before the transaction (sealChange), bound to this mutation id.
      changedFields: change.sealed.get(change.mutationId),
      hlc,
      baseRev,
      schemaVersion: SCHEMA_VERSION,
    };
    const added: OutboxEntry = { status: 'pending', mutation, fieldNames: change.fieldNames };
    const [, , newest] = await Promise.all([
      stampStored,
      putRecord,
      foldInto ? putFolded(this.db, foldInto, mutation, change) : this.db.outbox.add(added).then((seq) => ({ ...added, seq })),
    ]);
    // What the next commit would read, if nothing else is written before it.
    const commitReads = { device: next, fold: reads.fold && { ...reads.fold, newest } };
    return { stored: record, newest, commitReads };
  }

  /**
   * Inside the caller's transaction, what commitWrite reads: the device clock and the fold state,
   * together (the fold needs no stamp to decide). A writer with checks to make sends these with
   * its checks, so that a write waits for one round of reads, not two.
   */
  private async readForCommit(write: { op: Mutation['op'] }): Promise<CommitReads> {
    const [device, fold] = await Promise.all([loadDevice(this.db), write.op === 'put' ? readFoldState(this.db) : undefined]);
    return { device, fold };
  }

  /** The conflict records that keep stored texts this write would replace unseen (see textsNotSeen). */
  private async unseenTextsAsConflicts(
    record: RecordTarget,
    stored: StoredRecord,
    current: Fields,
    changed: Fields,
    seen: Fields,
  ): Promise<{ keptTexts: { target: RecordTarget; fields: Fields; payload: unknown; change: SealedChange }[]; ownNode: string | undefined }> {
    if (Object.keys(seen).length === 0) return { keptTexts: [], ownNode: undefined };
    const kept = [];
    // Before the device's first write, every stored stamp is another device's.
    const ownNode = (this.ownNode ??= await readClientId(this.db)) ?? '';
    for (const field of textsNotSeen(record.table, { fields: current, stamps: stored.stamps }, changed, seen, ownNode)) {
      const losingHlc = stored.stamps[field]!;
      const fields = {
        table: record.table,
        recordId: record.id,
        field,
        text: current[field],
        losingHlc,
        resolved: false,
      };
      const validation = validateFields('conflicts', fields, true);
      if (!validation.ok) throw new Error(`Could not keep an unseen text as a conflict: ${validation.errors[0]?.message}`);
      const id = uuidv7(this.now());
      // A household's own texts belong to it; every other record names its household.
      const target = { table: 'conflicts' as const, id, teamId: record.teamId, householdId: record.householdId ?? record.id };
      const [payload, change] = await Promise.all([
        this.codec.encode('conflicts', id, validation.fields),
        sealChange(this.db, this.codec, 'conflicts', id, uuidv7(this.now()), validation.fields),
      ]);
      kept.push({ target, fields: validation.fields, payload, change });
    }
    return { keptTexts: kept, ownNode };
  }

  /**
   * Inside the commit's transaction: whether the device is still the one whose node the attempt
   * judged stamps by. A wipe (in any tab) gives the device a new id; the cached node is then
   * dropped and the attempt runs again, so the device's own texts never look foreign.
   */
  private async stillOwnNode(ownNode: string): Promise<boolean> {
    if (((await readClientId(this.db)) ?? '') === ownNode) return true;
    this.ownNode = undefined;
    return false;
  }
}

/** The household summaries as they are after a write that put `put` (the others as read). */
function summaryRowsAfter(read: ReadonlyMap<string, SummaryRow | undefined>, put: readonly SummaryRow[]): Map<string, SummaryRow | undefined> {
  return new Map([...read, ...put.map((row) => [row.householdId, row] as const)]);
}

/** Thrown inside a write's transaction to abort it: a check failed after the writes went out. */
class ChecksFailed extends Error {}

const pickEnvelope = ({ teamId, householdId }: Pick<RecordTarget, 'teamId' | 'householdId'>) => ({ teamId, householdId });

function stampAll(fields: Fields, hlc: Hlc): Record<string, Hlc> {
  return Object.fromEntries(Object.keys(fields).map((field) => [field, hlc]));
}

function onlyChanged(current: Fields, next: Fields): Fields {
  const changed: Fields = {};
  for (const [field, value] of Object.entries(next)) if (current[field] !== value) changed[field] = value;
  return changed;
}

/** Remove every record of a household (and unsent changes to them) from this device. */
export function purgeHousehold(db: VoordeurDb, householdId: string): Promise<void> {
  return purgeHouseholds(db, [householdId]);
}

/** purgeHousehold for many households at once, in a constant number of requests (for pulled pages). */
export async function purgeHouseholds(db: VoordeurDb, householdIds: readonly string[]): Promise<void> {
  if (householdIds.length === 0) return;
  const children = await db.records.where('householdId').anyOf(householdIds).primaryKeys();
  await dropMutationsOfAll(db, children);
  await db.records.bulkDelete(children);
  await db.summaries.bulkDelete([...householdIds]);
}

/**
 * The server no longer lets this device see these households (a partner's sharing agreement was
 * withdrawn or expired): drop everything of them, the household row and its tombstone too, so a
 * new agreement later brings them back. One rw transaction; idempotent (the server names them
 * on every pull).
 */
export async function forgetHouseholds(db: VoordeurDb, householdIds: readonly string[]): Promise<void> {
  if (householdIds.length === 0) return;
  await db.transaction('rw', db.records, db.outbox, db.summaries, async () => {
    await purgeHouseholds(db, householdIds);
    const own = householdIds.map((id): [TableName, string] => ['households', id]);
    await dropMutationsOfAll(db, own);
    await db.records.bulkDelete(own);
  });
}
