import { sql } from 'kysely';
import { selectInChunks } from '../store/chunks';
import type { RowsInsert } from '../store/multi-row-insert';
import type { DialectName } from '../store/open-store';
import type { Db } from '../store/schema';
import { GENESIS_HASH } from './chain-hash';

export interface ChainHead {
  seq: number;
  hash: string;
  /** The acting user's role in the team (null: not a member), read with the head in one query. */
  role?: string | null;
}

/**
 * Every writer of a team's audit chain holds the team's head row until its transaction ends, so
 * two writers can never both append after the same link (a fork). PostgreSQL needs the row lock
 * (FOR UPDATE, taken in team order like the counters, so two writers never wait crosswise);
 * SQLite runs one write transaction at a time (BEGIN IMMEDIATE). A head is made on first use,
 * only for a team that exists: an entry naming no team has no chain to go into (the caller
 * records it elsewhere). Teams without a head are missing from the map.
 */
export async function lockChainHeads(
  trx: Db,
  dialect: DialectName,
  teamIds: readonly string[],
  userId: string,
): Promise<Map<string, ChainHead>> {
  const select = (ids: readonly string[]) =>
    selectInChunks([...ids].sort(), (chunk) =>
      trx
        .selectFrom('audit_chain_heads')
        .leftJoin('memberships', (join) =>
          join.onRef('memberships.team_id', '=', 'audit_chain_heads.team_id').on('memberships.user_id', '=', userId),
        )
        .select(['audit_chain_heads.team_id', 'audit_chain_heads.seq', 'audit_chain_heads.hash', 'memberships.role'])
        .where('audit_chain_heads.team_id', 'in', chunk)
        .orderBy('audit_chain_heads.team_id')
        // Only the heads are locked: a membership may change meanwhile (the role is as it was read).
        .$if(dialect === 'postgres', (qb) => qb.forUpdate('audit_chain_heads'))
        .execute(),
    );
  const rows = await select(teamIds);
  const heads = new Map(rows.map((row) => [row.team_id, { seq: row.seq, hash: row.hash, role: row.role }]));
  const missing = teamIds.filter((id) => !heads.has(id));
  if (missing.length > 0) {
    await trx
      .insertInto('audit_chain_heads')
      .columns(['team_id', 'seq', 'hash'])
      .expression((eb) =>
        eb.selectFrom('teams').select(['id', sql<number>`0`.as('seq'), sql<string>`${GENESIS_HASH}`.as('hash')]).where('id', 'in', missing),
      )
      .onConflict((oc) => oc.column('team_id').doNothing())
      .execute();
    for (const row of await select(missing)) heads.set(row.team_id, { seq: row.seq, hash: row.hash, role: row.role });
  }
  return heads;
}

/**
 * The moved heads as one multi-row upsert (multi-row-insert.ts), written with the entries. Only
 * for heads this transaction holds (lockChainHeads): they exist, so each row updates its team's head.
 */
export function chainHeadsWrite(heads: ReadonlyMap<string, ChainHead>): RowsInsert {
  return {
    table: 'audit_chain_heads',
    rows: [...heads].map(([teamId, head]) => ({ team_id: teamId, seq: head.seq, hash: head.hash })),
    tail: 'on conflict (team_id) do update set seq = excluded.seq, hash = excluded.hash',
  };
}
