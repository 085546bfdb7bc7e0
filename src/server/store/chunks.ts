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
