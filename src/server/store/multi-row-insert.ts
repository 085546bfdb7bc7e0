import { createQueryId, InsertQueryNode, PostgresAdapter, TableNode } from 'kysely';
import { inChunks } from './chunks';
import type { Db } from './schema';

/** Rows for one table, all with the same columns; `tail` follows the VALUES (an ON CONFLICT clause). */
export interface RowsInsert {
  table: string;
  rows: readonly object[];
  tail?: string;
}

/**
 * Multi-row INSERTs as SQL text with one parameter per value. Kysely's insert builder makes and
 * freezes a node per value and compiles them again on every batch (with its garbage, about a
 * tenth of a push batch); this writes the text directly, the same text for the same number of
 * rows, so SQLite's statement cache (sqlite-dialect.ts) hits. Table names, column names and
 * tails are the caller's constants, never input.
 *
 * On PostgreSQL, where every statement is a round trip, the inserts go together in one statement
 * (each but the last as a data-modifying WITH, which PostgreSQL runs to completion whether the
 * last one reads it or not); they must not depend on each other's rows. SQLite runs them in turn.
 *
 * Plugins of `db` are shown an insert into each table (without its values) before it runs, as
 * for a built query: the tests' statement watcher sees it and can fail it. A plugin that
 * rewrites queries would not apply here; the store uses none.
 */
export async function insertTogether(db: Db, inserts: readonly RowsInsert[]): Promise<void> {
  const executor = db.getExecutor();
  const postgres = executor.adapter instanceof PostgresAdapter;
  const statements = inserts.flatMap(({ table, rows, tail }) => {
    const columns = rows[0] ? Object.keys(rows[0]) : [];
    return inChunks(rows, columns.length).map((chunk) => ({ table, columns, chunk, tail }));
  });
  const groups = postgres ? withinParameterLimit(statements) : statements.map((statement) => [statement]);
  for (const group of groups) {
    const queryId = createQueryId();
    const parameters: unknown[] = [];
    const texts = group.map(({ table, columns, chunk, tail }) => {
      const text = insertText(postgres, parameters.length + 1, table, columns, chunk.length, tail);
      for (const row of chunk) for (const column of columns) parameters.push((row as Record<string, unknown>)[column]);
      return text;
    });
    let query = undefined as ReturnType<typeof executor.transformQuery> | undefined;
    for (const { table } of group) query = executor.transformQuery(InsertQueryNode.create(TableNode.create(table)), queryId);
    const last = texts.pop()!;
    const sql = texts.length === 0 ? last : `with ${texts.map((text, i) => `w${i} as (${text})`).join(', ')} ${last}`;
    await executor.executeQuery({ sql, query: query!, parameters, queryId });
  }
}

/**
 * The texts made so far, by shape. A push batch has the same few shapes every time, so its
 * inserts cost no text building (2,000 placeholders a batch), and on SQLite the statement
 * cache finds the same string object again. Bounded: shapes with odd row counts come and go.
 */
const insertTexts = new Map<string, string>();
const MAX_INSERT_TEXTS = 512;

/** `insert into … values (…), …` for `rowCount` rows; PostgreSQL numbers its parameters from `first`. */
function insertText(postgres: boolean, first: number, table: string, columns: readonly string[], rowCount: number, tail: string | undefined): string {
  const key = `${postgres ? first : 0}|${table}|${columns.join(',')}|${rowCount}|${tail ?? ''}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    let n = first;
    const tuples: string[] = [];
    for (let r = 0; r < rowCount; r++) tuples.push(`(${columns.map(() => (postgres ? `$${n++}` : '?')).join(', ')})`);
    text = `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}${tail ? ` ${tail}` : ''}`;
    if (insertTexts.size >= MAX_INSERT_TEXTS) insertTexts.clear();
    insertTexts.set(key, text);
  }
  return text;
}

export function insertRows(db: Db, table: string, rows: readonly object[], tail?: string): Promise<void> {
  return insertTogether(db, [{ table, rows, ...(tail ? { tail } : {}) }]);
}

/** PostgreSQL binds at most 65535 parameters in one statement; the groups stay well below. */
const POSTGRES_PARAMETERS = 30_000;

function withinParameterLimit<S extends { columns: string[]; chunk: readonly object[] }>(statements: S[]): S[][] {
  const groups: S[][] = [];
  let count = Infinity;
  for (const statement of statements) {
    const size = statement.columns.length * statement.chunk.length;
    if (count + size > POSTGRES_PARAMETERS) {
      groups.push([]);
      count = 0;
    }
    groups.at(-1)!.push(statement);
    count += size;
  }
  return groups;
}
