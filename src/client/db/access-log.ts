/**
 * The device's part of the NEN 7513 trail: opening a household, a contact moment, its map or its
 * plan, and printing the plan, each leave an entry here, also offline, and the sync loop sends
 * them to the server (sync/access-push.ts), which adds who and which device from the session.
 * An entry holds ids, an action and a time, never contents. Validated with the domain schema
 * like every write; written with strict durability like the outbox (the database's default).
 */
import { deviceAuditEntrySchema, uuidv7, type DeviceAuditEntry, type TableName } from '../../domain';
import type { VoordeurDb } from './database';

export interface AccessEvent {
  action: DeviceAuditEntry['action'];
  householdId: string;
  table: TableName | null;
  recordId: string | null;
}

/** The same screen opened again within this time is one access (a re-render, a back-and-forth). */
const SAME_ACCESS_MS = 60_000;

export class AccessLog {
  private readonly last = new Map<string, number>();

  constructor(private readonly db: VoordeurDb) {}

  /** Writes the entry; false when nothing was shown (the household is not on this device) or it repeats one just made. */
  async record(event: AccessEvent, now = new Date()): Promise<boolean> {
    const key = `${event.action}|${event.table ?? ''}|${event.recordId ?? event.householdId}`;
    const before = this.last.get(key);
    if (before !== undefined && now.getTime() - before < SAME_ACCESS_MS) return false;
    const household = await this.db.records.get(['households', event.householdId]);
    if (!household) return false;
    const entry = deviceAuditEntrySchema.safeParse({
      entryId: uuidv7(now.getTime()),
      teamId: household.teamId,
      occurredAt: now.toISOString(),
      ...event,
    });
    // Ids come from the server and the router; one that is no id cannot be sent (the server would refuse it).
    if (!entry.success) return false;
    this.last.set(key, now.getTime());
    await this.db.auditOutbox.add(entry.data);
    return true;
  }

  /**
   * A search of the team's household list happened: no query text (never what was typed), no
   * household. The caller reports one search once (see ui/households/use-search-audit.ts); a
   * search again within SAME_ACCESS_MS is the same one.
   */
  async recordSearch(teamId: string, now = new Date()): Promise<boolean> {
    const key = `search|${teamId}`;
    const before = this.last.get(key);
    if (before !== undefined && now.getTime() - before < SAME_ACCESS_MS) return false;
    const entry = deviceAuditEntrySchema.safeParse({
      entryId: uuidv7(now.getTime()),
      action: 'search',
      teamId,
      householdId: null,
      table: 'households',
      recordId: null,
      occurredAt: now.toISOString(),
    });
    if (!entry.success) return false;
    this.last.set(key, now.getTime());
    await this.db.auditOutbox.add(entry.data);
    return true;
  }

  /** The oldest entries not yet sent, at most `limit`. */
  pending(limit: number): Promise<DeviceAuditEntry[]> {
    return this.db.auditOutbox.orderBy('occurredAt').limit(limit).toArray();
  }

  /** The server has these (recorded, known already, or refused for good): they leave the device. */
  settle(entryIds: readonly string[]): Promise<void> {
    return this.db.auditOutbox.bulkDelete([...entryIds]);
  }

  count(): Promise<number> {
    return this.db.auditOutbox.count();
  }
}
