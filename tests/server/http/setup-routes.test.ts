import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { createTeam } from '../../../src/server/auth/accounts';
import { issueSetupToken } from '../../../src/server/auth/setup';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('first-run setup on $name', (kind) => {
  let store: Store;
  let api: TestApi;

  beforeEach(async () => {
    store = await kind.open();
    api = new TestApi({ store });
  });
  afterEach(() => store.close());

  const setup = (token: string, teamName = 'Wijkteam Oost') =>
    api.post('/api/setup', { token, teamName, username: 'beheer', displayName: 'Bea Heer', password: 'een-lang-wachtwoord', deviceLabel: 'Laptop', clientId: uuidv7() });

  it('creates the first team and its beheerder once, with the token from the console', async () => {
    expect((await api.request('/api/setup')).body).toEqual({ needsSetup: true });
    const token = (await issueSetupToken(store.db, new Date())) as string;
    const answer = await setup(token);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      token: expect.any(String),
      logoutTicket: expect.any(String),
      user: { id: expect.any(String), username: 'beheer', displayName: 'Bea Heer' },
      teams: [{ id: expect.any(String), name: 'Wijkteam Oost', role: 'beheerder' }],
    });
    expect((await api.request('/api/me', { token: answer.body.token })).status).toBe(200);
    expect((await api.request('/api/setup')).body).toEqual({ needsSetup: false });
    expect(await store.db.selectFrom('setup_link').selectAll().execute()).toEqual([]);

    const again = await setup(token, 'Tweede team');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'already-set-up' });
  });

  it('refuses a wrong token and creates nothing', async () => {
    await issueSetupToken(store.db, new Date());
    const answer = await setup('a-token-nobody-was-given-0123456789');
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: 'forbidden', message: expect.stringContaining('link') });
    expect(await store.db.selectFrom('users').selectAll().execute()).toEqual([]);
    expect(await store.db.selectFrom('setup_link').selectAll().execute()).toHaveLength(1);
  });

  it('checks the new account against the rules', async () => {
    const token = (await issueSetupToken(store.db, new Date())) as string;
    const answer = await api.post('/api/setup', { token, teamName: 'Oost', username: 'B E', displayName: '', password: 'kort', clientId: uuidv7() });
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: { path: string }) => d.path)).toEqual(['username', 'displayName', 'password']);
  });

  it('uses a team the admin CLI already made', async () => {
    await createTeam(store.db, 'Wijkteam Oost', new Date());
    const answer = await setup((await issueSetupToken(store.db, new Date())) as string);
    expect(answer.status).toBe(200);
    expect(await store.db.selectFrom('teams').selectAll().execute()).toHaveLength(1);
  });

  it('has one token per database: asking again gives the same one, and no second link works', async () => {
    const first = (await issueSetupToken(store.db, new Date())) as string;
    expect(await issueSetupToken(store.db, new Date())).toBe(first);
    expect(await store.db.selectFrom('setup_link').selectAll().execute()).toHaveLength(1);
    expect((await setup(first)).status).toBe(200);
  });

  it('issues no token once there is an account', async () => {
    await addTestUser(store, 'iemand');
    expect(await issueSetupToken(store.db, new Date())).toBeUndefined();
  });
});
