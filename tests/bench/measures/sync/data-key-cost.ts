// What the server's data key costs: sealing and opening the same records the push wrote, timed
// on their own, next to the push and a pull of those records on the same database, so the share
// of each that is encryption can be read off (the ratios hold on a noisy machine).
import { recordAad } from '../../../../src/server/crypto/sealer';
import type { Actor } from '../../../../src/server/audit/audit-log';
import type { Store } from '../../../../src/server/store/open-store';
import { pullChanges } from '../../../../src/server/sync/pull';
import { round } from '../../stats';
import type { BenchRow } from '../../types';

const PULL_PAGE = 500;

export async function dataKeyCost(store: Store, teamId: string, actor: Actor, pushPerSecond: number, on: string): Promise<BenchRow[]> {
  const rows = await store.db.selectFrom('records').select(['id', 'table_name', 'team_id', 'fields']).where('team_id', '=', teamId).execute();
  let started = performance.now();
  const opened = rows.map((row) => store.sealer.open(row.fields, recordAad(row)));
  const openUs = ((performance.now() - started) * 1000) / rows.length;
  started = performance.now();
  rows.forEach((row, i) => store.sealer.seal(opened[i]!, recordAad(row)));
  const sealUs = ((performance.now() - started) * 1000) / rows.length;

  started = performance.now();
  let cursor = 0;
  let pulled = 0;
  for (;;) {
    const outcome = await pullChanges(store, actor, { teamId, cursor, limit: PULL_PAGE });
    if (!outcome.ok) throw new Error(`bench pull refused: ${outcome.reason}`);
    pulled += outcome.response.records.length;
    cursor = outcome.response.cursor;
    if (!outcome.response.hasMore) break;
  }
  const pullPerSecond = pulled / ((performance.now() - started) / 1000);
  const pushUs = 1e6 / pushPerSecond;
  const pullUs = 1e6 / pullPerSecond;
  return [
    { name: `Server pull ${on}: ${pulled.toLocaleString('en')} records through pullChanges, pages of ${PULL_PAGE}`, value: round(pullPerSecond, 0), unit: 'records/s' },
    { name: `Data key ${on}: sealing a record (AES-256-GCM), share of its push`, value: `${round(sealUs, 1)} µs, ${round((100 * sealUs) / pushUs, 1)} %`, unit: '' },
    { name: `Data key ${on}: opening a record, share of its pull`, value: `${round(openUs, 1)} µs, ${round((100 * openUs) / pullUs, 1)} %`, unit: '' },
  ];
}
