import { sql } from 'kysely';
import type { Store } from '../../../src/server/store/open-store';

/**
 * Everything a push may write, to prove that a refused one wrote nothing. `audit` counts the
 * allowed accesses only: a refusal is itself written to the trail (see refusedAudit).
 */
export async function writeCounts(store: Store) {
  const count = async (table: 'records' | 'mutations' | 'audit_log') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .$if(table === 'audit_log', (qb) => qb.where(sql.ref('outcome'), '=', 'allowed'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const seqs = await store.db.selectFrom('team_counters').select(['team_id', 'seq']).orderBy('team_id').execute();
  return { records: await count('records'), mutations: await count('mutations'), audit: await count('audit_log'), seqs };
}

/** The refusals in the trail: outcome, reason and action of each, in the order written. */
export async function refusedAudit(store: Store) {
  return store.db
    .selectFrom('audit_log')
    .select(['action', 'reason', 'table_name', 'team_id'])
    .where('outcome', '=', 'refused')
    .orderBy('team_id')
    .orderBy('chain_seq')
    .execute();
}
