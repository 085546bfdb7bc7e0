import type { Store } from '../../../src/server/store/open-store';

/** Everything a push may write, to prove that a refused one wrote nothing. */
export async function writeCounts(store: Store) {
  const count = async (table: 'records' | 'mutations' | 'audit_log') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const seqs = await store.db.selectFrom('team_counters').select(['team_id', 'seq']).orderBy('team_id').execute();
  return { records: await count('records'), mutations: await count('mutations'), audit: await count('audit_log'), seqs };
}
