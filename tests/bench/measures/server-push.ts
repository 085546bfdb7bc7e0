// Server push throughput on SQLite and PostgreSQL: mutations through the real push path
// (validation, merge, team seq, idempotency record, audit) against plain INSERTs of the same
// rows on the same database. The ratio is what the sync protocol costs per write.
// PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL; the measure
// works in a schema of its own and drops it afterwards.
import { MAX_PUSH_BATCH, type Mutation } from '../../../src/domain/sync-protocol';
import type { Actor } from '../../../src/server/audit/audit-log';
import type { Store } from '../../../src/server/store/open-store';
import { TestDevice } from '../../server/helpers/devices';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { benchPostgresUrl, postgresSchema, sqliteInTempDir, type OpenBenchStore } from './bench-stores';
import { dataKeyCost } from './sync/data-key-cost';
import { createBenchTeam, fictionalMutations, pushAll } from './sync/fictional-team';
import { createPlainTable, insertInBatches, insertRowByRow } from './sync/plain-insert';
import { meanWalFrames } from './sync/wal-pages';

const mutationCount = 5_000;
const warmUpCount = 200;
/** Batches counted for the WAL pages (SQLite), after the timed ones: a count, so a few are enough. */
const pageCountBatches = 5;

/** Adds the milliseconds `work` took to `totals[key]`. */
async function timed<K extends string>(totals: Record<K, number>, key: K, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await work();
  totals[key] += performance.now() - started;
}

async function measureOn(database: string, open: OpenBenchStore): Promise<BenchRow[]> {
  const store = await open();
  try {
    const team = await createBenchTeam(store);
    const [rowByRowTable, batchedTable, sealedTable] = ['bench_plain_row_by_row', 'bench_plain_batched', 'bench_plain_sealed'];
    for (const table of [rowByRowTable, batchedTable, sealedTable]) await createPlainTable(store, table);
    const mutations = fictionalMutations(team.teamId, warmUpCount + mutationCount + pageCountBatches * MAX_PUSH_BATCH, new TestDevice());
    const warmUp = mutations.slice(0, warmUpCount);
    await pushAll(store, team.actor, warmUp);
    await insertRowByRow(store, rowByRowTable, warmUp);
    await insertInBatches(store, batchedTable, warmUp, MAX_PUSH_BATCH);
    await insertInBatches(store, sealedTable, warmUp, MAX_PUSH_BATCH, true);

    // Interleaved batch by batch, so a busy moment of the machine (other processes' fsyncs) weighs
    // on all four alike and the ratios stay meaningful.
    const ms = { push: 0, rowByRow: 0, batched: 0, sealed: 0 };
    for (let start = warmUpCount; start < warmUpCount + mutationCount; start += MAX_PUSH_BATCH) {
      const chunk = mutations.slice(start, start + MAX_PUSH_BATCH);
      await timed(ms, 'push', () => pushAll(store, team.actor, chunk));
      await timed(ms, 'rowByRow', () => insertRowByRow(store, rowByRowTable, chunk));
      await timed(ms, 'batched', () => insertInBatches(store, batchedTable, chunk, MAX_PUSH_BATCH));
      await timed(ms, 'sealed', () => insertInBatches(store, sealedTable, chunk, MAX_PUSH_BATCH, true));
    }
    const perSecond = (totalMs: number) => mutationCount / (totalMs / 1000);
    const [push, plainRowByRow, plainBatched, plainSealed] = [ms.push, ms.rowByRow, ms.batched, ms.sealed].map(perSecond) as [number, number, number, number];

    const on = `on ${database}`;
    const batch = MAX_PUSH_BATCH;
    const pages = database === 'SQLite' ? await walPages(store, team.actor, mutations.slice(warmUpCount + mutationCount), [batchedTable, sealedTable], on) : [];
    return [
      {
        name: `Server push ${on}: ${mutationCount.toLocaleString('en')} mutations through pushMutations, batches of ${batch}, a transaction per batch`,
        value: round(push, 0),
        unit: 'mutations/s',
      },
      { name: `Plain INSERT ${on}: same rows, a transaction each`, value: round(plainRowByRow, 0), unit: 'rows/s' },
      { name: `Plain INSERT ${on}: same rows, one transaction per ${batch} (the floor; not encrypted)`, value: round(plainBatched, 0), unit: 'rows/s' },
      { name: `Plain INSERT ${on}: same rows sealed with the data key as the push seals them, one transaction per ${batch}`, value: round(plainSealed, 0), unit: 'rows/s' },
      { name: `Protocol overhead ${on}: plain INSERT per ${batch} ÷ push (same batching)`, value: round(plainBatched / push, 1), unit: '×' },
      { name: `Plain INSERT row by row ÷ push ${on}`, value: round(plainRowByRow / push, 2), unit: '×' },
      { name: `Push ÷ plain INSERT per ${batch} ${on} (issue 8 goal ≥ 0.5)`, value: round(push / plainBatched, 2), unit: '×' },
      { name: `Push ÷ sealed plain INSERT per ${batch} ${on} (both encrypt)`, value: round(push / plainSealed, 2), unit: '×' },
      ...pages,
      ...(await dataKeyCost(store, team.teamId, team.actor, push, on)),
    ];
  } finally {
    await store.close();
  }
}

/** WAL pages per batch (SQLite only: PostgreSQL's WAL is shared with whatever else runs on it). */
async function walPages(store: Store, actor: Actor, rest: readonly Mutation[], [plainTable, sealedTable]: [string, string], on: string): Promise<BenchRow[]> {
  const batches = Array.from({ length: pageCountBatches }, (_, i) => rest.slice(i * MAX_PUSH_BATCH, (i + 1) * MAX_PUSH_BATCH));
  const push = await meanWalFrames(store, batches, (b) => pushAll(store, actor, b));
  const plain = await meanWalFrames(store, batches, (b) => insertInBatches(store, plainTable, b, MAX_PUSH_BATCH));
  const sealed = await meanWalFrames(store, batches, (b) => insertInBatches(store, sealedTable, b, MAX_PUSH_BATCH, true));
  const per = `per batch of ${MAX_PUSH_BATCH} ${on}`;
  return [
    { name: `WAL pages written ${per}: push / plain floor / sealed floor`, value: `${round(push, 0)} / ${round(plain, 0)} / ${round(sealed, 0)}`, unit: 'pages' },
    { name: `Plain floor's pages ÷ push's pages ${per} (a count, not a timing)`, value: round(plain / push, 2), unit: '×' },
  ];
}

export const serverPush: Measure = {
  name: 'server push throughput',
  async run() {
    const rows = await measureOn('SQLite', sqliteInTempDir('push'));
    const pgUrl = benchPostgresUrl();
    if (!pgUrl) return [...rows, { name: 'Server push on PostgreSQL', value: 'skipped (no PostgreSQL)', unit: '' }];
    return [...rows, ...(await measureOn('PostgreSQL', postgresSchema(pgUrl)))];
  },
};
