import type { Fields, TableName } from '../../domain';
import type { OutboxEntry, StoredRecord, SummaryRow, VoordeurDb } from './database';
import type { DeviceState } from './device-clock';
import type { FoldState } from './outbox';

/** What a write's commit reads in its transaction before it writes: the device clock and the fold state. */
export interface CommitReads {
  device: DeviceState;
  /** Only for a put (a delete never folds). */
  fold: FoldState | undefined;
}

/** What a write starts from: the record as stored, the newest outbox entry, its household's summary. */
export interface BeforeWrite {
  stored: StoredRecord | undefined;
  /** The stored record's fields, decoded; only when remembered (a fresh read decodes after its checks). */
  current?: Fields;
  newest: OutboxEntry | undefined;
  summaryRows: ReadonlyMap<string, SummaryRow | undefined>;
  /** Those summaries' contents as text, by row (SummaryPlan.texts); only when remembered. */
  summaryTexts?: ReadonlyMap<SummaryRow, string>;
  /** What the next commit will read, as the last write left it; only when remembered. */
  commitReads?: CommitReads;
}

/**
 * What this tab's last committed write of a record left in the store, so that the next write of
 * the same record (the next keystroke's save) starts from it instead of opening a read-only
 * transaction and decrypting the record again.
 *
 * WHY this is safe: it is only where to start. The write's own transaction checks all of it
 * again, as it does for a fresh read: the record's version and time (stillAsRead), the summary's
 * version when the write changes it, and the outbox entry to fold into (re-read; values sealed
 * for another entry make a new one). Anything written meanwhile (a pull, another tab, a delete,
 * a wipe) fails a check; the attempt then forgets this and starts over from a fresh read.
 * `commitReads` lets that write also send its writes with its checks, in one round: they are
 * built from the clock and fold state assumed here, and the transaction is aborted unless the
 * clock and fold state read with the checks are exactly these (then the writes are the ones a
 * write that read first would have made) and every other check passed: nothing is written
 * unless all of it holds.
 *
 * WHY it matters: on a slow phone every awaited round of IndexedDB requests is a turn of a main
 * thread that is busy painting the keystroke; the read-only transaction was two of them, more
 * than a third of change → durable. The summary's contents are kept as text by row too
 * (`summaryTexts`): decrypting the summary was one more turn per keystroke.
 *
 * It holds decrypted contents: the store forgets it when the device locks, with the key.
 */
export class LastWrite {
  private kept?: BeforeWrite & { current: Fields };

  /** The state after this tab's last write, if that write was of this record. */
  of(table: TableName, id: string): BeforeWrite | undefined {
    const kept = this.kept;
    return kept?.stored?.table === table && kept.stored.id === id ? kept : undefined;
  }

  remember(state: BeforeWrite & { current: Fields }): void {
    this.kept = state;
  }

  forget(): void {
    this.kept = undefined;
  }
}

/**
 * Inside the write's transaction: the record is still exactly the row the write started from
 * (absent: still absent). Every writer bumps the version, but the whole row is compared: a record
 * removed and brought back by a pull starts again at version 1, and must not pass for the row this
 * tab wrote before; a sealed payload's random IV makes every write's row unique.
 */
export async function stillAsRead(db: VoordeurDb, table: TableName, id: string, stored: StoredRecord | undefined): Promise<boolean> {
  return sameValue(await db.records.get([table, id]), stored);
}

/** Structural equality of what IndexedDB stores for a record: plain objects, arrays, bytes, primitives. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return x.every((byte, i) => byte === y[i]);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
