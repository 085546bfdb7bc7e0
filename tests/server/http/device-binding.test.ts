/**
 * The device clock node (clientId) is bound to the device session at login (issue 6, hole 3):
 * the merge rules trust it to tell one device's own writes from another's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { TEST_PASSWORD, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('device binding on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    api = new TestApi({ store });
  });
  afterEach(() => store.close());

  const loginBody = (username: string, clientId?: string) => ({
    protocolVersion: PROTOCOL_VERSION,
    username,
    password: TEST_PASSWORD,
    deviceLabel: 'Telefoon',
    ...(clientId ? { clientId } : {}),
  });
  const push = (token: string, mutations: unknown[]) => api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations }, token);

  it("refuses a push that claims another device's clock node, with its own code", async () => {
    const annasPhone = new TestDevice();
    const bramsPhone = new TestDevice();
    const annaToken = (await api.post('/api/auth/login', loginBody('anna', annasPhone.clientId))).body.token as string;
    const bramToken = (await api.post('/api/auth/login', loginBody('bram', bramsPhone.clientId))).body.token as string;

    const own = newHousehold(annasPhone, teams.teamA.id);
    expect((await push(annaToken, [own.mutation])).body.results).toMatchObject([{ status: 'applied' }]);
    // Bram (team B) pretends to be Anna's phone in his own team.
    const posing = newHousehold(annasPhone, teams.teamB.id);
    const answer = await push(bramToken, [posing.mutation]);
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual([
      { mutationId: posing.mutation.mutationId, status: 'rejected', code: 'foreign-client', message: expect.stringContaining('apparaat') },
    ]);
    expect(await store.db.selectFrom('records').select('id').where('id', '=', posing.id).execute()).toEqual([]);
  });

  it('a login cannot take the clock node of another user’s device', async () => {
    const annasPhone = new TestDevice();
    expect((await api.post('/api/auth/login', loginBody('anna', annasPhone.clientId))).status).toBe(200);
    const taken = await api.post('/api/auth/login', loginBody('bram', annasPhone.clientId));
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: 'client-id-taken' });
    // The same user on the same device logs in again (a new session) with its node.
    expect((await api.post('/api/auth/login', loginBody('anna', annasPhone.clientId))).status).toBe(200);
  });

  it('an app that does not send its clock node is told to update', async () => {
    const answer = await api.post('/api/auth/login', loginBody('anna'));
    expect(answer.status).toBe(426);
    expect(answer.body).toMatchObject({ error: 'update-required' });
  });
});
