// The baseline for the server push measure: the same rows written with nothing but INSERT, into
// a table with only a primary key, so what is left of the difference is the protocol's work.
import { sql } from 'kysely';
import type { Mutation } from '../../../../src/domain/sync-protocol';
import type { Store } from '../../../../src/server/store/open-store';

export async function createPlainTable(store: Store, name: string): Promise<void> {
  await sql`create table ${sql.table(name)} (id text primary key, team_id text not null, body text not null)`.execute(store.db);
}

function insert(name: string, mutations: readonly Mutation[]) {
  const values = mutations.map((m) => sql`(${m.mutationId}, ${m.teamId}, ${JSON.stringify(m)})`);
  return sql`insert into ${sql.table(name)} (id, team_id, body) values ${sql.join(values)}`;
}

/** One INSERT per transaction, like the push path, which commits every mutation on its own. */
export async function insertRowByRow(store: Store, name: string, mutations: readonly Mutation[]): Promise<void> {
  for (const m of mutations) await store.db.transaction().execute((trx) => insert(name, [m]).execute(trx));
}

/** One multi-row INSERT per transaction of `batchSize` rows. */
export async function insertInBatches(store: Store, name: string, mutations: readonly Mutation[], batchSize: number): Promise<void> {
  for (let start = 0; start < mutations.length; start += batchSize) {
    const batch = mutations.slice(start, start + batchSize);
    await store.db.transaction().execute((trx) => insert(name, batch).execute(trx));
  }
}
