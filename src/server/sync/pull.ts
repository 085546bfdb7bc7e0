import { toSyncRecord, type ServerRecord } from '../../domain/merge';
import type { PullResponse } from '../../domain/sync-protocol';
import { writeAudit, type Actor } from '../audit/audit-log';
import { householdOf, toServerRecord } from '../store/records';
import type { DialectName, Store } from '../store/open-store';
import { readMemberTeamCounter } from '../store/team-counters';
import { inRetriedTransaction } from '../store/transaction';
import type { Db } from '../store/schema';
import type { Sealer } from '../crypto/sealer';
import { accessOf } from '../sharing/access';
import { partnerPage } from '../sharing/partner-pull';

export interface PullInput {
  teamId: string;
  cursor: number;
  limit: number;
}

export type PullOutcome = { ok: true; response: PullResponse } | { ok: false; reason: 'forbidden' | 'resync-required' };

/**
 * The team's changes after the cursor, in seq order. Because seqs are taken in commit order
 * (see store/team-counters.ts), what a reader sees is always a gap-free prefix. One READ COMMITTED
 * transaction, retried on contention: under a stricter database default a pull could be aborted.
 */
export function pullChanges(store: Store, actor: Actor, input: PullInput, now: Date = new Date()): Promise<PullOutcome> {
  return inRetriedTransaction(store.db, (trx) => pullIn(trx, store.dialect, store.sealer, actor, input, now));
}

async function pullIn(db: Db, dialect: DialectName, sealer: Sealer, actor: Actor, input: PullInput, now: Date): Promise<PullOutcome> {
  const counter = await readMemberTeamCounter(db, actor.userId, input.teamId);
  if (!counter) {
    // The refusal is in the trail too: someone asked for a team's households they may not see.
    const refused = { teamId: input.teamId, householdId: null, table: null, recordId: null, outcome: 'refused', reason: 'not-in-team' } as const;
    await writeAudit(db, dialect, actor, [{ ...refused, action: 'read' }], now);
    return { ok: false, reason: 'forbidden' };
  }
  // Tombstones older than the horizon are gone, and a cursor beyond the counter comes from
  // another database (a restored backup): either way the device must start again.
  const purgedSince = input.cursor > 0 && input.cursor < counter.tombstoneHorizon;
  if (purgedSince || input.cursor > counter.seq) return { ok: false, reason: 'resync-required' };
  const access = await accessOf(db, actor.userId);
  if (access.kind === 'partner') {
    const page = await partnerPage(db, sealer, { ...input, organisationId: access.organisationId, teamSeq: counter.seq }, now);
    const records = [...page.backlog, ...page.rows];
    await auditReads(db, dialect, actor, input.teamId, records, now);
    return { ok: true, response: { records: records.map(toSyncRecord), cursor: page.cursor, hasMore: page.hasMore, purge: page.purge } };
  }

  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', input.teamId)
    .where('seq', '>', input.cursor)
    .orderBy('seq')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit).map((row) => toServerRecord(row, sealer));
  await auditReads(db, dialect, actor, input.teamId, page, now);
  const cursor = page.at(-1)?.rev ?? input.cursor;
  const hasMore = rows.length > input.limit;
  return {
    ok: true,
    response: { records: page.map(toSyncRecord), cursor, hasMore, remaining: hasMore ? await countAfter(db, input.teamId, cursor) : 0 },
  };
}

/** One read entry per household the page carries. */
async function auditReads(db: Db, dialect: DialectName, actor: Actor, teamId: string, page: readonly ServerRecord[], now: Date): Promise<void> {
  const households = new Set(page.filter((r) => !r.deleted).map(householdOf));
  const entries = [...households].map((householdId) => ({ teamId, householdId, action: 'read' as const, table: null, recordId: null }));
  await writeAudit(db, dialect, actor, entries, now);
}

/** The team's records after `seq` (an index range on records_team_seq). */
async function countAfter(db: Db, teamId: string, seq: number): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('team_id', '=', teamId)
    .where('seq', '>', seq)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a bigint, i.e. a string.
  return Number(row.n);
}
