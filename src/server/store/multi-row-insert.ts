import { createQueryId, InsertQueryNode, PostgresAdapter, TableNode } from 'kysely';
import { inChunks } from './chunks';
import type { Db } from './schema';

/**
 * A multi-row INSERT of rows that all have the same columns, as SQL text with one parameter per
 * value. Kysely's insert builder makes and freezes a node per value and compiles them again on
 * every batch (with its garbage, about a tenth of a push batch); this writes the text directly,
 * the same text for the same number of rows, so SQLite's statement cache (sqlite-dialect.ts)
 * hits. `tail` follows the VALUES (an ON CONFLICT clause). Table, column names and tail are the
 * caller's constants, never input.
 *
 * Plugins of `db` are shown an insert into `table` (without its values) before it runs, as for
 * a built query: the tests' statement watcher counts it and can fail it. A plugin that rewrites
 * queries would not apply here; the store uses none.
 */
export async function insertRows<R extends object>(db: Db, table: string, rows: readonly R[], tail = ''): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const executor = db.getExecutor();
  const numbered = executor.adapter instanceof PostgresAdapter;
  const columns = Object.keys(first) as (keyof R & string)[];
  for (const chunk of inChunks(rows, columns.length)) {
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const placeholders: string[] = [];
      for (const column of columns) {
        parameters.push(row[column]);
        placeholders.push(numbered ? `$${parameters.length}` : '?');
      }
      tuples.push(`(${placeholders.join(', ')})`);
    }
    const queryId = createQueryId();
    const query = executor.transformQuery(InsertQueryNode.create(TableNode.create(table)), queryId);
    const text = `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}${tail ? ` ${tail}` : ''}`;
    await executor.executeQuery({ sql: text, query, parameters, queryId });
  }
}
