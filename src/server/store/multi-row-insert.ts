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
 * PostgreSQL takes each insert's rows as one JSON parameter, spread into rows of the table's own
 * type (json_populate_recordset): a push batch bound about 4,000 parameters, which node-postgres
 * converted and PostgreSQL parsed and bound one by one, and that was most of the batch's biggest
 * round trip. The text is then the same for any number of rows, and no parameter limit applies.
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
    if (rows.length === 0) return [];
    return (postgres ? [rows] : inChunks(rows, columns.length)).map((chunk) => ({ table, columns, chunk, tail }));
  });
  const groups = postgres ? [statements] : statements.map((statement) => [statement]);
  for (const group of groups) {
    if (group.length === 0) continue;
    const queryId = createQueryId();
    const parameters: unknown[] = [];
    const texts = group.map(({ table, columns, chunk, tail }) => {
      if (postgres) {
        parameters.push(JSON.stringify(chunk));
        return jsonInsertText(parameters.length, table, columns, tail);
      }
      const text = insertText(table, columns, chunk.length, tail);
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

function cachedText(key: string, make: () => string): string {
  let text = insertTexts.get(key);
  if (text === undefined) {
    text = make();
    if (insertTexts.size >= MAX_INSERT_TEXTS) insertTexts.clear();
    insertTexts.set(key, text);
  }
  return text;
}

/** `insert into … values (?, …), …` for `rowCount` rows (SQLite). */
function insertText(table: string, columns: readonly string[], rowCount: number, tail: string | undefined): string {
  return cachedText(`${table}|${columns.join(',')}|${rowCount}|${tail ?? ''}`, () => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    return `insert into ${table} (${columns.join(', ')}) values ${Array.from({ length: rowCount }, () => tuple).join(', ')}${tail ? ` ${tail}` : ''}`;
  });
}

/**
 * `insert into … select … from json_populate_recordset(null::<table>, $n)` (PostgreSQL): the rows
 * come as one JSON array of objects keyed by column, and each value is read as the column's own
 * type (a column left out of an object would be null; the rows have every column).
 */
function jsonInsertText(parameter: number, table: string, columns: readonly string[], tail: string | undefined): string {
  return cachedText(`pg|${parameter}|${table}|${columns.join(',')}|${tail ?? ''}`, () => {
    const list = columns.join(', ');
    return `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $${parameter}::json)${tail ? ` ${tail}` : ''}`;
  });
}

export function insertRows(db: Db, table: string, rows: readonly object[], tail?: string): Promise<void> {
  return insertTogether(db, [{ table, rows, ...(tail ? { tail } : {}) }]);
}
