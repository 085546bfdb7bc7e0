import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Db } from './schema';

/**
 * The most parameters one statement binds. SQLite refuses more than 32766, PostgreSQL more than
 * 65535; 2000 is far below both and still fits a whole push batch (200 records of 10 columns)
 * in one statement. Larger work (the cascade of a big household) is split into several.
 */
export const MAX_PARAMETERS = 2_000;

/** `items` in groups small enough for one statement, when each item binds `parametersEach`. */
export function inChunks<T>(items: readonly T[], parametersEach = 1): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / parametersEach));
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Runs `select` on each chunk of `ids` (an IN-list each) and joins the rows. */
export async function selectInChunks<R>(ids: readonly string[], select: (chunk: string[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (const chunk of inChunks(ids)) rows.push(...(await select(chunk)));
  return rows;
}

/** Runs `write` on each chunk of `rows` (one multi-row statement each); rows bind a parameter per column. */
export async function writeInChunks<R extends object>(rows: readonly R[], write: (chunk: R[]) => Promise<unknown>): Promise<void> {
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  for (const chunk of inChunks(rows, columns)) await write(chunk);
}

/**
 * How a select names its list of ids: `where(column, operator, value)`. On SQLite an IN-list (of
 * at most MAX_PARAMETERS, see selectByIds); on PostgreSQL the whole list as one array parameter,
 * `= any($1)`: a push batch's 200 or more ids were as many parameters to convert, send, parse and
 * bind, in two of its round trips, and the text changed with every count.
 */
export type IdList = { operator: 'in'; value: string[] } | { operator: '='; value: RawBuilder<string> };

/** Runs `select` with the ids as one IdList (PostgreSQL) or one per chunk (SQLite), and joins the rows. */
export async function selectByIds<R>(db: Db, ids: readonly string[], select: (ids: IdList) => Promise<R[]>): Promise<R[]> {
  if (ids.length === 0) return [];
  if (db.getExecutor().adapter instanceof PostgresAdapter) return select({ operator: '=', value: sql<string>`any(${[...ids]}::text[])` });
  return selectInChunks(ids, (chunk) => select({ operator: 'in', value: chunk }));
}
