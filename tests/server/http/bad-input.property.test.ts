/**
 * Whatever a client sends, the answer is never a 5xx, and a request that is refused (4xx)
 * writes nothing. Random JSON bodies, and valid mutations with one property replaced by
 * random JSON.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { writeCounts } from '../helpers/counts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('random bad input on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let token: string;
  let teamId: string;
  const device = new TestDevice();

  beforeAll(async () => {
    store = await kind.open();
    const teams = await twoTeams(store);
    teamId = teams.teamA.id;
    token = await tokenFor(store, teams.anna, device);
    api = new TestApi({ store });
  });
  afterAll(() => store.close());

  const mutationKeys = ['mutationId', 'clientId', 'clientSeq', 'table', 'recordId', 'teamId', 'householdId', 'op', 'changedFields', 'hlc', 'baseRev', 'schemaVersion'];

  async function expectNo5xxAndNoPartialWrite(path: string, body: unknown) {
    const before = await writeCounts(store);
    const answer = await api.post(path, JSON.stringify(body), token);
    expect(answer.status).toBeLessThan(500);
    if (answer.status >= 400) {
      expect(answer.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      expect(await writeCounts(store)).toEqual(before);
    }
  }

  it('push: random JSON bodies', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), (body) => expectNo5xxAndNoPartialWrite('/api/sync/push', body)), { numRuns: 60 });
  });

  it('push: a valid mutation with one property replaced', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...mutationKeys), fc.jsonValue(), async (key, value) => {
        const mutation = { ...newHousehold(device, teamId).mutation, [key]: value };
        await expectNo5xxAndNoPartialWrite('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [mutation] });
      }),
      { numRuns: 80 },
    );
  });

  it('push: random changed fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 30 }), fc.jsonValue({ maxDepth: 1 })), async (changedFields) => {
        const mutation = { ...newHousehold(device, teamId).mutation, changedFields };
        await expectNo5xxAndNoPartialWrite('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [mutation] });
      }),
      { numRuns: 60 },
    );
  });

  it.each(['/api/audit/device', '/api/audit/trail'])('%s: random bodies', async (path) => {
    const entry = fc.record({ entryId: fc.oneof(fc.uuid(), fc.string()), action: fc.jsonValue(), teamId: fc.constant(teamId), occurredAt: fc.jsonValue() });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ protocolVersion: fc.constant(PROTOCOL_VERSION), entries: fc.array(entry, { maxLength: 3 }), teamId: fc.jsonValue(), from: fc.jsonValue() })), (body) =>
        expectNo5xxAndNoPartialWrite(path, body),
      ),
      { numRuns: 60 },
    );
  });

  it('pull: random bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ protocolVersion: fc.constant(PROTOCOL_VERSION), teamId: fc.oneof(fc.constant(teamId), fc.string()), cursor: fc.jsonValue(), limit: fc.jsonValue() })), (body) =>
        expectNo5xxAndNoPartialWrite('/api/sync/pull', body),
      ),
      { numRuns: 60 },
    );
  });
});
