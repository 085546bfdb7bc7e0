/**
 * When the database keeps aborting for contention (serialization failures, deadlocks) past every
 * retry, the answer is 503 with Retry-After: the device keeps its changes and comes back, and no
 * operator is paged for a 500. The contention is made by a Kysely plugin that fails every
 * statement on the team counters the way PostgreSQL does (SQLSTATE 40001).
 */
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { BUSY_RETRY_AFTER_S } from '../../../src/server/http/app';
import { messages } from '../../../src/server/messages';
import type { Store } from '../../../src/server/store/open-store';
import { defaultRetryPolicy } from '../../../src/server/store/transaction';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

function contendedCounters(code: string): KyselyPlugin & { failures: number } {
  return {
    failures: 0,
    transformQuery(args) {
      if (JSON.stringify(args.node).includes('"team_counters"')) {
        this.failures += 1;
        throw Object.assign(new Error('could not serialize access due to concurrent update'), { code });
      }
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

describe.each(storeKinds)('a database that stays busy, on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let token: string;
  let device: TestDevice;

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    device = new TestDevice();
    token = await tokenFor(store, teams.anna, device);
  });
  afterEach(() => store.close());

  it.each(['40001', '40P01'])('answers a push 503 with Retry-After after the bounded retries (%s), and writes nothing', async (code) => {
    const plugin = contendedCounters(code);
    const api = new TestApi({ store: { ...store, db: store.db.withPlugin(plugin) } });
    const h = newHousehold(device, teams.teamA.id);
    const answer = await api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [h.mutation] }, token);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_S));
    expect(answer.body).toEqual({ error: 'busy', message: messages.busy });
    // Every attempt of the batch, and no second round mutation by mutation.
    expect(plugin.failures).toBe(defaultRetryPolicy.attempts);
    expect(await store.db.selectFrom('records').select('id').execute()).toEqual([]);
  });

  it('answers a pull 503 with Retry-After too', async () => {
    const api = new TestApi({ store: { ...store, db: store.db.withPlugin(contendedCounters('40001')) } });
    const answer = await api.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId: teams.teamA.id, cursor: 0 }, token);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_S));
  });
});
