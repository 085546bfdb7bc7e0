/**
 * Checks a team's audit chain from its first entry: every entry's hash must be the hash of its
 * own fields, point back to the entry before it, and come right after it (chain_seq 1, 2, 3 …);
 * the chain head must name the last one. The first entry where this fails is named: every
 * change, removal, insertion or reordering of an entry breaks the chain there.
 */
import type { Db } from '../store/schema';
import { entryHash, GENESIS_HASH } from './chain-hash';

/** Rows read per query: the check keeps one page in memory however long the chain is. */
const PAGE = 10_000;

export type ChainProblem = 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap' | 'head-mismatch';

export interface ChainReport {
  teamId: string;
  entries: number;
  broken?: { chainSeq: number; entryId: string | null; problem: ChainProblem };
}

export async function verifyTeamChain(db: Db, teamId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('team_id', '=', teamId)
      .where('chain_seq', '>=', expectedSeq)
      .orderBy('chain_seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const broken = (problem: ChainProblem): ChainReport => ({
        teamId,
        entries: expectedSeq - 1,
        broken: { chainSeq: expectedSeq, entryId: row.id, problem },
      });
      if (row.chain_seq !== expectedSeq) return broken('seq-gap');
      if (row.prev_hash !== prevHash) return broken('prev-hash-mismatch');
      if (entryHash(row) !== row.hash) return broken('hash-mismatch');
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < PAGE) break;
  }
  const head = await db.selectFrom('audit_chain_heads').select(['seq', 'hash']).where('team_id', '=', teamId).executeTakeFirst();
  const entries = expectedSeq - 1;
  // A head further on than the entries: the last ones were removed (or the head was moved).
  const headOk = head ? head.seq === entries && head.hash === prevHash : entries === 0;
  return headOk ? { teamId, entries } : { teamId, entries, broken: { chainSeq: expectedSeq, entryId: null, problem: 'head-mismatch' } };
}

/** Every team that has a chain (a head) or entries. */
export async function chainedTeams(db: Db): Promise<string[]> {
  const heads = await db.selectFrom('audit_chain_heads').select('team_id').execute();
  const logged = await db.selectFrom('audit_log').select('team_id').distinct().execute();
  return [...new Set([...heads, ...logged].map((row) => row.team_id))].sort();
}
