import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../../src/server/auth/setup';
import { migrations } from '../../../src/server/store/migrations';
import { openStore } from '../../../src/server/store/open-store';
import { dropPgSchema, hasPostgres, newPgSchemaName, openPostgresSchema } from '../helpers/stores';

describe('the SQLite store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voordeur-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its file and folder on first run, durable: WAL, synchronous=FULL, foreign keys on', async () => {
    const file = join(dir, 'nested', 'voordeur.sqlite');
    const store = await openStore({ sqliteFile: file });
    const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(store.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    await store.close();
  });

  it('runs each migration once, also when opened again', async () => {
    const file = join(dir, 'voordeur.sqlite');
    await (await openStore({ sqliteFile: file })).close();
    const store = await openStore({ sqliteFile: file });
    const applied = await store.db.selectFrom('kysely_migration' as never).select('name' as never).execute();
    expect(applied.map((row) => (row as { name: string }).name)).toEqual(Object.keys(migrations));
    await store.close();
  });

  it('refuses a DATABASE_URL it cannot use', async () => {
    await expect(openStore({ databaseUrl: 'mysql://localhost/voordeur' })).rejects.toThrow(/postgres:\/\//);
  });
});

describe.skipIf(!hasPostgres)('the PostgreSQL store', () => {
  it('lets three servers start at once on one empty database: no statement refused, one setup link for all', { timeout: 60_000 }, async () => {
    // Several rounds, because a race of "if not exists" statements shows only now and then.
    for (let round = 0; round < 5; round++) {
      const schema = newPgSchemaName();
      const refused: string[] = [];
      const onQueryError = (error: unknown, statement: string) => refused.push(`${(error as Error).message}: ${statement}`);
      try {
        const open = () => openStore({ databaseUrl: process.env.TEST_DATABASE_URL, pgSchema: schema, onQueryError });
        const stores = await Promise.all([open(), open(), open()]);
        const tokens = await Promise.all(stores.map((store) => issueSetupToken(store.db, new Date())));
        expect(refused).toEqual([]);
        expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(new Set(tokens)).toEqual(new Set([tokens[0]]));
        const applied = await stores[0]!.db.selectFrom('kysely_migration' as never).select('name' as never).execute();
        expect(applied).toHaveLength(Object.keys(migrations).length);
        await Promise.all(stores.map((store) => store.close()));
      } finally {
        await dropPgSchema(schema);
      }
    }
  });

  it('keeps to its own schema: half-made migration tables elsewhere in the database do not fool it', async () => {
    const elsewhere = newPgSchemaName();
    const schema = newPgSchemaName();
    const other = await openPostgresSchema(elsewhere);
    try {
      // What a process killed in the middle of its first start leaves behind.
      await sql`drop table kysely_migration_lock`.execute(other.db);
      await other.close();
      const store = await openPostgresSchema(schema);
      const applied = await store.db.selectFrom('kysely_migration' as never).select('name' as never).execute();
      expect(applied).toHaveLength(Object.keys(migrations).length);
      await store.close();
    } finally {
      await dropPgSchema(elsewhere);
      await dropPgSchema(schema);
    }
  });
});
