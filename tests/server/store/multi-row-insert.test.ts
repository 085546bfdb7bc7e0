/**
 * Rows written by insertTogether read back exactly as given, on both stores: on PostgreSQL they
 * travel as one JSON parameter per insert (json_populate_recordset), so text that JSON escapes
 * (quotes, backslashes, newlines, non-Latin letters), nulls and integers must all survive it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTogether } from '../../../src/server/store/multi-row-insert';
import type { Store } from '../../../src/server/store/open-store';
import { storeKinds } from '../helpers/stores';

const awkward = ['"aanhalingstekens" en \\ schuine streep', 'regel\neen\ttab', 'Zoë, Łódź, 你好, 🙂', '{"lijkt":"json"}', "it's", ''];

describe.each(storeKinds)('multi-row inserts on $name', (kind) => {
  let store: Store;
  beforeEach(async () => {
    store = await kind.open();
  });
  afterEach(() => store.close());

  it('write text, nulls and integers as given, also several inserts together and an upsert', async () => {
    const now = '2026-03-02T10:00:00.000Z';
    await store.db.insertInto('teams').values({ id: 't1', name: 'Team', created_at: now }).execute();
    const counter = { team_id: 't1', seq: 1, tombstone_horizon: 0 };
    await insertTogether(store.db, [{ table: 'team_counters', rows: [counter] }]);
    const rows = awkward.map((text, i) => ({
      mutation_id: `m${i}`,
      team_id: 't1',
      user_id: text,
      table_name: 'contacts',
      record_id: `r${i}`,
      household_id: i % 2 === 0 ? null : text,
      result: `{"rev":${i},"conflicts":0}`,
      created_at: now,
    }));
    await insertTogether(store.db, [
      { table: 'mutations', rows },
      { table: 'team_counters', rows: [{ ...counter, seq: 2_147_483_000 }], tail: 'on conflict (team_id) do update set seq = excluded.seq' },
    ]);
    expect(await store.db.selectFrom('mutations').selectAll().orderBy('mutation_id').execute()).toEqual(rows);
    expect(await store.db.selectFrom('team_counters').selectAll().execute()).toEqual([{ ...counter, seq: 2_147_483_000 }]);
  });

  it('writes nothing and sends nothing for an insert without rows', async () => {
    await insertTogether(store.db, [{ table: 'mutations', rows: [] }]);
    expect(await store.db.selectFrom('mutations').selectAll().execute()).toEqual([]);
  });
});
