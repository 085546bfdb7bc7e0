import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STATEMENT_CACHE_SIZE, withStatementCache } from '../../../src/server/store/sqlite-dialect';

describe('the SQLite statement cache', () => {
  let database: Database.Database;
  beforeEach(() => {
    database = new Database(':memory:');
    database.exec('create table t (id integer primary key, v text)');
  });
  afterEach(() => database.close());

  it('prepares a statement once and reuses it, with fresh parameters each time', () => {
    const prepare = vi.spyOn(database, 'prepare');
    const cached = withStatementCache(database);
    for (const v of ['a', 'b', 'c']) cached.prepare('insert into t (v) values (?)').run([v]);
    expect(cached.prepare('select v from t order by id').all([])).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'c' }]);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps only the most recently used statements', () => {
    const prepare = vi.spyOn(database, 'prepare');
    const cached = withStatementCache(database);
    const query = (n: number) => `select ${n} as n`;
    for (let n = 0; n <= STATEMENT_CACHE_SIZE; n++) cached.prepare(query(n));
    cached.prepare(query(STATEMENT_CACHE_SIZE)); // still there
    expect(prepare).toHaveBeenCalledTimes(STATEMENT_CACHE_SIZE + 1);
    cached.prepare(query(0)); // the oldest went
    expect(prepare).toHaveBeenCalledTimes(STATEMENT_CACHE_SIZE + 2);
  });
});
