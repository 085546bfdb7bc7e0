// The audit trail's costs: `audit verify` over a team chain of 1,000,000 entries (next to a bare
// scan of the same rows, its floor), and device-reported reads through the real route logic
// (validation, membership, household check, replay check, chain) next to a plain batched INSERT
// of rows of the same size. The entries are made fast by a fixture: hashed in memory and written
// in multi-row INSERTs inside one transaction, not through writeAudit one by one.
// The verify rows run on SQLite and, when a PostgreSQL is given (bench-stores.ts), on PostgreSQL.
// BENCH_AUDIT_ENTRIES picks another chain length.
import { sql } from 'kysely';
import { MAX_DEVICE_AUDIT_BATCH, type DeviceAuditEntry } from '../../../src/domain/audit-protocol';
import { uuidv7 } from '../../../src/domain/ids';
import { entryHash, GENESIS_HASH, type ChainedRow } from '../../../src/server/audit/chain-hash';
import { recordDeviceAudit } from '../../../src/server/audit/device-entries';
import { verifyTeamChain } from '../../../src/server/audit/verify';
import { writeInChunks } from '../../../src/server/store/chunks';
import type { Store } from '../../../src/server/store/open-store';
import type { AuditLogTable } from '../../../src/server/store/schema';
import { pushMutations } from '../../../src/server/sync/push';
import { TestDevice } from '../../server/helpers/devices';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { createBenchTeam } from './sync/fictional-team';
import { newHousehold } from '../../server/helpers/devices';

const chainLength = Number(process.env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const deviceEntryCount = 10_000;

import { benchPostgresUrl, postgresSchema, sqliteInTempDir, type OpenBenchStore } from './bench-stores';

/** `count` chained entries of one team, as writeAudit would have made them, in one transaction. */
async function fillChain(store: Store, teamId: string, userId: string, householdId: string, count: number): Promise<void> {
  const start = Date.parse('2026-01-01T00:00:00Z');
  let prev = GENESIS_HASH;
  const page = 50_000;
  await store.db.transaction().execute(async (trx) => {
    for (let from = 0; from < count; from += page) {
      const rows: AuditLogTable[] = [];
      for (let i = from; i < Math.min(count, from + page); i++) {
        const at = new Date(start + i * 1000).toISOString();
        const row: ChainedRow = {
          id: uuidv7(start + i * 1000), at, occurred_at: at, user_id: userId, role: 'medewerker', device_session_id: null,
          team_id: teamId, household_id: householdId, action: i % 5 === 0 ? 'update' : 'read', table_name: 'contacts',
          record_id: null, outcome: 'allowed', reason: null, source: 'server', device_entry_id: null, chain_seq: i + 1, prev_hash: prev,
        };
        prev = entryHash(row);
        rows.push({ ...row, hash: prev });
      }
      await writeInChunks(rows, (chunk) => trx.insertInto('audit_log').values(chunk).execute());
    }
    await trx.insertInto('audit_chain_heads').values({ team_id: teamId, seq: count, hash: prev }).execute();
  });
}

async function timedMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function verifyRows(store: Store, database: string): Promise<BenchRow[]> {
  const team = await createBenchTeam(store);
  const household = newHousehold(new TestDevice(), team.teamId);
  const fillMs = await timedMs(() => fillChain(store, team.teamId, team.actor.userId, household.id, chainLength));
  // A real trail of a million rows grew over months and was vacuumed long ago; right after one
  // bulk INSERT, PostgreSQL's first read of each row also writes its hint bits, which would be
  // measured as verify's cost (the scan, run second, would not pay it).
  if (store.dialect === 'postgres') await sql`vacuum analyze audit_log`.execute(store.db);
  const verifyMs = await timedMs(async () => {
    const report = await verifyTeamChain(store.db, team.teamId);
    if (report.broken || report.entries !== chainLength) throw new Error(`bench chain did not verify: ${JSON.stringify(report)}`);
  });
  // The floor: the same pages read with nothing computed.
  const scanMs = await timedMs(async () => {
    for (let seq = 1; seq <= chainLength; seq += 10_000) {
      await store.db.selectFrom('audit_log').selectAll().where('team_id', '=', team.teamId).where('chain_seq', '>=', seq).orderBy('chain_seq').limit(10_000).execute();
    }
  });
  const n = chainLength.toLocaleString('en');
  return [
    { name: `Audit fixture on ${database}: ${n} chained entries written`, value: round(fillMs / 1000, 1), unit: 's' },
    { name: `audit verify on ${database}: ${n} entries of one team`, value: round(verifyMs / 1000, 2), unit: 's' },
    { name: `Bare scan of the same ${n} rows on ${database} (floor)`, value: round(scanMs / 1000, 2), unit: 's' },
    { name: `audit verify ÷ bare scan on ${database}`, value: round(verifyMs / scanMs, 2), unit: '×' },
  ];
}

async function deviceRows(store: Store): Promise<BenchRow[]> {
  const team = await createBenchTeam(store);
  const device = new TestDevice();
  const households = Array.from({ length: 50 }, () => newHousehold(device, team.teamId));
  await pushMutations(store, team.actor, households.map((h) => h.mutation));
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const entries: DeviceAuditEntry[] = Array.from({ length: deviceEntryCount }, (_, i) => {
    const householdId = households[i % households.length]!.id;
    return { entryId: uuidv7(), action: 'read', teamId: team.teamId, householdId, table: 'contacts', recordId: `${householdId}.c${i}`, occurredAt: at };
  });
  await sql`create table bench_plain_audit (id text primary key, team_id text not null, body text not null)`.execute(store.db);
  let reportMs = 0;
  let plainMs = 0;
  for (let start = 0; start < entries.length; start += MAX_DEVICE_AUDIT_BATCH) {
    const batch = entries.slice(start, start + MAX_DEVICE_AUDIT_BATCH);
    reportMs += await timedMs(() => recordDeviceAudit(store, team.actor, batch, new Date()));
    plainMs += await timedMs(() =>
      store.db.transaction().execute((trx) =>
        writeInChunks(batch.map((e) => ({ id: e.entryId, team_id: e.teamId, body: JSON.stringify(e) })), (chunk) =>
          sql`insert into bench_plain_audit (id, team_id, body) values ${sql.join(chunk.map((r) => sql`(${r.id}, ${r.team_id}, ${r.body})`))}`.execute(trx),
        ),
      ),
    );
  }
  const perSecond = (ms: number) => deviceEntryCount / (ms / 1000);
  return [
    { name: `Device audit entries on SQLite: ${deviceEntryCount.toLocaleString('en')} through recordDeviceAudit, batches of ${MAX_DEVICE_AUDIT_BATCH}`, value: round(perSecond(reportMs), 0), unit: 'entries/s' },
    { name: `Plain INSERT on SQLite: same entries, one transaction per ${MAX_DEVICE_AUDIT_BATCH}`, value: round(perSecond(plainMs), 0), unit: 'rows/s' },
    { name: 'Device audit overhead: plain INSERT ÷ recordDeviceAudit', value: round(reportMs / plainMs, 1), unit: '×' },
  ];
}

async function on(open: OpenBenchStore, measure: (store: Store) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  const store = await open();
  try {
    return await measure(store);
  } finally {
    await store.close();
  }
}

export const auditTrail: Measure = {
  name: 'audit trail',
  async run() {
    const sqlite = sqliteInTempDir('audit');
    const pgUrl = benchPostgresUrl();
    const rows = [...(await on(sqlite, deviceRows)), ...(await on(sqlite, (store) => verifyRows(store, 'SQLite')))];
    if (!pgUrl) return [...rows, { name: 'audit verify on PostgreSQL', value: 'skipped (no PostgreSQL)', unit: '' }];
    return [...rows, ...(await on(postgresSchema(pgUrl), (store) => verifyRows(store, 'PostgreSQL')))];
  },
};
