import type { ServerRecord } from '../../domain/merge';
import { liveRecordsOfHousehold, loadRecords, recordWrites } from '../store/records';
import { insertTogether, type RowsInsert } from '../store/multi-row-insert';
import type { Sealer } from '../crypto/sealer';
import type { Db } from '../store/schema';

/**
 * The records one push batch reads and writes, inside its transaction. They are loaded up
 * front in a few queries and written at the end in multi-row statements; in between, the
 * mutations of the batch apply in order to the copies kept here, so a later mutation sees what
 * an earlier one wrote. No other transaction writes the records this one writes: a record is
 * only written under its team's counter row, which this transaction holds until it commits.
 * (Records of other teams are read only to refuse the mutations that name them.)
 */
export class BatchRecords {
  /** Every record read or written so far, by id; null where the store has none. */
  private readonly known = new Map<string, ServerRecord | null>();
  /** Ids that have a row in the store: these are updated, the others inserted. */
  private readonly stored = new Set<string>();
  /** The latest version of every record written and not yet in the store. */
  private readonly unsaved = new Map<string, ServerRecord>();

  constructor(
    private readonly trx: Db,
    private readonly sealer: Sealer,
    private readonly now: Date,
  ) {}

  /** Reads the records the batch will need, in one query (per chunk of ids). */
  async load(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    for (const id of missing) this.known.set(id, null);
    this.remember(await loadRecords(this.trx, this.sealer, missing));
  }

  /** The record as the batch has left it so far; read from the store if not loaded yet (a conflict record). */
  async get(id: string): Promise<ServerRecord | undefined> {
    if (!this.known.has(id)) await this.load([id]);
    return this.known.get(id) ?? undefined;
  }

  put(record: ServerRecord): void {
    // The id, table, team and household of a record never change: a write that would change
    // them is a bug that would move one team's data into another's record.
    const before = this.known.get(record.id);
    if (before && (before.table !== record.table || before.teamId !== record.teamId || before.householdId !== record.householdId)) {
      throw new Error(`Refused to write record ${record.id} with another table, team or household.`);
    }
    this.known.set(record.id, record);
    this.unsaved.set(record.id, record);
  }

  /** The live records of a household: the store finds them by household, so the batch's writes go there first. */
  async liveOfHousehold(teamId: string, householdId: string): Promise<ServerRecord[]> {
    await this.save();
    return this.remember(await liveRecordsOfHousehold(this.trx, this.sealer, teamId, householdId));
  }

  /** Keeps records read from the store (they are as the batch left them: it saved before reading). */
  private remember(records: ServerRecord[]): ServerRecord[] {
    for (const record of records) {
      this.known.set(record.id, record);
      this.stored.add(record.id);
    }
    return records;
  }

  /** Writes what changed: new records in one statement, changed ones in another (per chunk). */
  async save(): Promise<void> {
    await insertTogether(this.trx, this.takeWrites());
  }

  /** What save() would write, handed to a caller that writes it together with other rows, and counted as saved. */
  takeWrites(): RowsInsert[] {
    const records = [...this.unsaved.values()];
    this.unsaved.clear();
    const writes = recordWrites(this.sealer, records.filter((r) => !this.stored.has(r.id)), records.filter((r) => this.stored.has(r.id)), this.now);
    for (const record of records) this.stored.add(record.id);
    return writes;
  }
}
