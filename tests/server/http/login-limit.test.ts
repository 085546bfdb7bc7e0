/**
 * The login limit (issue 6, hole 4): counted and checked in one atomic step, also across server
 * processes on one PostgreSQL; it slows an attacker per username and address without locking the
 * real person out, and an address that tries many usernames is stopped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { LogFields, LogLevel } from '../../../src/server/log';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, TEST_PASSWORD, twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { dropPgSchema, newPgSchemaName, openPostgresSchema, storeKinds } from '../helpers/stores';

describe.each(storeKinds)('login limit on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let now: Date;
  let logged: { level: LogLevel; msg: string; fields?: LogFields }[];

  beforeEach(async () => {
    store = await kind.open();
    await twoTeams(store);
    now = new Date('2026-03-02T09:00:00Z');
    logged = [];
    api = new TestApi({ store, clock: () => now, trustProxy: true, logger: (level, msg, fields) => logged.push({ level, msg, fields }) });
  });
  afterEach(() => store.close());

  const login = (username: string, password: string, address = '10.0.0.1', app = api) =>
    app.post(
      '/api/auth/login',
      { protocolVersion: PROTOCOL_VERSION, username, password, deviceLabel: 'Telefoon', clientId: uuidv7() },
      undefined,
      { 'x-forwarded-for': address },
    );
  const statuses = async (answers: Promise<{ status: number }>[]) => (await Promise.all(answers)).map((a) => a.status).sort();

  it('15 simultaneous wrong passwords for one user: only 5 are checked', async () => {
    const answers = await statuses(Array.from({ length: 15 }, (_, i) => login('anna', `wrong-${i}`)));
    expect(answers).toEqual([...Array(5).fill(401), ...Array(10).fill(429)]);
    const refusals = logged.filter((l) => l.msg === 'login refused');
    expect(refusals).toHaveLength(15);
    expect(refusals.filter((l) => l.fields?.reason === 'rate-limited')).toHaveLength(10);
    expect(JSON.stringify(logged)).not.toContain('anna');
  });

  it('40 simultaneous logins for 40 usernames from one address: only 20 are checked', async () => {
    for (let i = 0; i < 40; i++) await addTestUser(store, `user${i}`);
    const answers = await statuses(Array.from({ length: 40 }, (_, i) => login(`user${i}`, 'wrong-password', '10.9.9.9')));
    expect(answers).toEqual([...Array(20).fill(401), ...Array(20).fill(429)]);
    expect((await login('anna', TEST_PASSWORD, '10.9.9.10')).status).toBe(200);
  });

  it('never locks the real person out from another address, and slows the attacker more and more', async () => {
    for (let i = 0; i < 5; i++) expect((await login('anna', `wrong-${i}`, '10.6.6.6')).status).toBe(401);
    const slowed = await login('anna', 'wrong-again', '10.6.6.6');
    expect(slowed.status).toBe(429);
    const firstWait = Number(slowed.headers.get('retry-after'));
    expect(firstWait).toBeGreaterThanOrEqual(1);
    // The worker, from her own phone, is not affected.
    expect((await login('anna', TEST_PASSWORD, '10.0.0.2')).status).toBe(200);
    // The attacker waits and tries again: the next wait is longer.
    now = new Date(now.getTime() + firstWait * 1000);
    expect((await login('anna', 'wrong-again', '10.6.6.6')).status).toBe(401);
    const next = await login('anna', 'wrong-again', '10.6.6.6');
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(firstWait);
  });

  it('a good login from the same address gives a clean slate once the wait is over', async () => {
    for (let i = 0; i < 5; i++) await login('anna', 'wrong-password');
    expect((await login('anna', TEST_PASSWORD)).status).toBe(429);
    now = new Date(now.getTime() + 60_000);
    expect((await login('anna', TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('anna', 'wrong-password')).status).toBe(401);
  });

  it('good logins from one address (an office) do not use up its limit', async () => {
    for (let i = 0; i < 25; i++) {
      await addTestUser(store, `collega${i}`);
      expect((await login(`collega${i}`, TEST_PASSWORD, '10.1.1.1')).status).toBe(200);
    }
  });

  it.runIf(kind.name === 'postgres')('two server processes on one database share the limit', async () => {
    const schema = newPgSchemaName();
    const stores = [await openPostgresSchema(schema), await openPostgresSchema(schema)];
    try {
      await twoTeams(stores[0]!);
      const apps = stores.map((s) => new TestApi({ store: s, clock: () => now, trustProxy: true }));
      const answers = await statuses(Array.from({ length: 16 }, (_, i) => login('anna', `wrong-${i}`, '10.0.0.1', apps[i % 2])));
      expect(answers).toEqual([...Array(5).fill(401), ...Array(11).fill(429)]);
    } finally {
      for (const s of stores) await s.close();
      await dropPgSchema(schema);
    }
  });

  it('writes every failed and refused login to the audit trail', async () => {
    await login('anna', 'wrong-password');
    await login('nobody', 'wrong-password');
    for (let i = 0; i < 5; i++) await login('anna', 'wrong-password');
    await login('anna', TEST_PASSWORD, '10.0.0.3');
    const rows = await store.db.selectFrom('account_audit').select(['action', 'user_id', 'client_address']).execute();
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    expect([count('login-failed'), count('login-refused'), count('login')]).toEqual([6, 1, 1]);
    expect(rows).toContainEqual({ action: 'login-failed', user_id: null, client_address: '10.0.0.1' });
  });
});
