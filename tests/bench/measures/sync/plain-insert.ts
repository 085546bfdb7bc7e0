// The baseline for the server push measure: the same rows written with nothing but INSERT, into
// a table with only a primary key, so what is left of the difference is the protocol's work.
// The push seals every record's contents with the server's data key; `sealed` does the same to
// the floor's rows (AES-256-GCM with the store's sealer), so the ratio can be read both ways.
// What the floor writes: one row per mutation (its JSON, about the size of a record's row: 10,000
// take the same 3,175 pages of 4 KB as the records), with only a primary key. What the push must
// write besides, by the sync contract, and the floor does not: the mutation log row (idempotency
// by mutation id), the records' two other indexes (team + seq for paging in commit order, team +
// household for an erasure's cascade), the audit chain, the team counter; about 1.45× the pages
// (measured on SQLite). It also reads before it writes (logged mutations, records, households),
// validates and merges. So push ÷ floor can never reach 1, whatever the statements.
import { sql } from 'kysely';
import type { Mutation } from '../../../../src/domain/sync-protocol';
import { recordAad, type Sealer } from '../../../../src/server/crypto/sealer';
import type { Store } from '../../../../src/server/store/open-store';

export async function createPlainTable(store: Store, name: string): Promise<void> {
  await sql`create table ${sql.table(name)} (id text primary key, team_id text not null, body text not null)`.execute(store.db);
}

function insert(name: string, mutations: readonly Mutation[], sealer?: Sealer) {
  const body = (m: Mutation) => {
    const text = JSON.stringify(m);
    return sealer ? sealer.seal(text, recordAad({ id: m.recordId, table_name: m.table, team_id: m.teamId })) : text;
  };
  const values = mutations.map((m) => sql`(${m.mutationId}, ${m.teamId}, ${body(m)})`);
  return sql`insert into ${sql.table(name)} (id, team_id, body) values ${sql.join(values)}`;
}

/** One INSERT per transaction, like the push path, which commits every mutation on its own. */
export async function insertRowByRow(store: Store, name: string, mutations: readonly Mutation[]): Promise<void> {
  for (const m of mutations) await store.db.transaction().execute((trx) => insert(name, [m]).execute(trx));
}

/** One multi-row INSERT per transaction of `batchSize` rows; with `sealed`, each body sealed as the push seals a record. */
export async function insertInBatches(store: Store, name: string, mutations: readonly Mutation[], batchSize: number, sealed = false): Promise<void> {
  for (let start = 0; start < mutations.length; start += batchSize) {
    const batch = mutations.slice(start, start + batchSize);
    await store.db.transaction().execute((trx) => insert(name, batch, sealed ? store.sealer : undefined).execute(trx));
  }
}
