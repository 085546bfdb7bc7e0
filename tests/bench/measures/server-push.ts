// Server push throughput on SQLite and PostgreSQL: mutations through the real push path
// (validation, merge, team seq, idempotency record, audit) against plain INSERTs of the same
// rows on the same database. The ratio is what the sync protocol costs per write.
// PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL; the measure
// works in a schema of its own and drops it afterwards.
import { MAX_PUSH_BATCH } from '../../../src/domain/sync-protocol';
import { TestDevice } from '../../server/helpers/devices';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { benchPostgresUrl, postgresSchema, sqliteInTempDir, type OpenBenchStore } from './bench-stores';
import { dataKeyCost } from './sync/data-key-cost';
import { createBenchTeam, fictionalMutations, pushAll } from './sync/fictional-team';
import { createPlainTable, insertInBatches, insertRowByRow } from './sync/plain-insert';

const mutationCount = 5_000;
const warmUpCount = 200;

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
    const mutations = fictionalMutations(team.teamId, warmUpCount + mutationCount, new TestDevice());
    const warmUp = mutations.slice(0, warmUpCount);
    await pushAll(store, team.actor, warmUp);
    await insertRowByRow(store, rowByRowTable, warmUp);
    await insertInBatches(store, batchedTable, warmUp, MAX_PUSH_BATCH);
    await insertInBatches(store, sealedTable, warmUp, MAX_PUSH_BATCH, true);

    // Interleaved batch by batch, so a busy moment of the machine (other processes' fsyncs) weighs
    // on all four alike and the ratios stay meaningful.
    const ms = { push: 0, rowByRow: 0, batched: 0, sealed: 0 };
    for (let start = warmUpCount; start < mutations.length; start += MAX_PUSH_BATCH) {
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
      ...(await dataKeyCost(store, team.teamId, team.actor, push, on)),
    ];
  } finally {
    await store.close();
  }
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
