/**
 * A DBA may set the database's default_transaction_isolation to repeatable read or serializable
 * (some hosting baselines do). Concurrent pushes to one team, spread over two server processes,
 * while a device pulls, must then still answer without a single server error: the store sets the
 * level each transaction needs and retries what PostgreSQL aborts to keep that level.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { createTeam } from '../../../src/server/auth/accounts';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi, type Answer } from '../helpers/http';
import { dropPgSchema, hasPostgres, newPgSchemaName, openPostgresSchema, type IsolationDefault } from '../helpers/stores';

const PUSHES = 30;
const PER_PUSH = 50;
const levels: IsolationDefault[] = ['repeatable read', 'serializable'];

describe.skipIf(!hasPostgres).each(levels)('PostgreSQL with default_transaction_isolation = %s', (level) => {
  let stores: Store[];
  let schema: string;

  beforeEach(async () => {
    schema = newPgSchemaName();
    stores = [await openPostgresSchema(schema, level), await openPostgresSchema(schema, level)];
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropPgSchema(schema);
  });

  it('runs under that default (the test would prove nothing otherwise)', async () => {
    const { rows } = await sql<{ default_transaction_isolation: string }>`show default_transaction_isolation`.execute(stores[1]!.db);
    expect(rows[0]!.default_transaction_isolation).toBe(level);
  });

  it(`answers ${PUSHES} concurrent pushes of ${PER_PUSH} new households to one team, and pulls meanwhile, with 0 server errors`, async () => {
    const team = await createTeam(stores[0]!.db, 'Team Noord', new Date());
    const user = await addTestUser(stores[0]!, 'schrijver', [{ teamId: team.id }]);
    const token = await tokenFor(stores[0]!, user);
    const apis = stores.map((store) => new TestApi({ store }));

    // Each device pushes with its own session: a session is bound to its device's clock node.
    const devices = Array.from({ length: PUSHES }, () => new TestDevice());
    const deviceTokens = await Promise.all(devices.map((device) => tokenFor(stores[0]!, user, device)));

    let pushing = true;
    const pushes = devices.map((device, p) => {
      const mutations = Array.from({ length: PER_PUSH }, (_, i) => newHousehold(device, team.id, `Straat ${p}-${i}`).mutation);
      return apis[p % 2]!.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations }, deviceTokens[p]);
    });
    const pulls: Answer[] = [];
    const reader = (async () => {
      let cursor = 0;
      for (let page = 0; ; page++) {
        const stillPushing = pushing;
        const answer = await apis[page % 2]!.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId: team.id, cursor, limit: 100 }, token);
        pulls.push(answer);
        if (answer.status !== 200) return;
        cursor = answer.body.cursor;
        if (!stillPushing && !answer.body.hasMore) return;
      }
    })();
    const answers = await Promise.all(pushes);
    pushing = false;
    await reader;

    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(pulls.map((a) => a.status)).toEqual(pulls.map(() => 200));
    const statuses = answers.flatMap((a) => a.body.results.map((r: { status: string }) => r.status));
    expect(statuses).toEqual(statuses.map(() => 'applied'));
    const rows = await stores[1]!.db.selectFrom('records').select('seq').orderBy('seq').execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: PUSHES * PER_PUSH }, (_, i) => i + 1));
  });
});
