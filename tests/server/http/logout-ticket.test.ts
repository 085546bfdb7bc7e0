/**
 * The logout ticket (issue 9, docs/security/unlock-and-lock.md "Uitloggen zonder verbinding"): a
 * login answers, besides the token, a second random value whose hash the server keeps with the
 * session. A phone that logged out offline keeps only the ticket and sends it at its next
 * contact: it ends that one session (and its escrow key), nothing else, and the answer is the
 * same for a ticket the server does not know, so it tells nobody which tickets exist.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { REVOKED_CLEAR_SITE_DATA } from '../../../src/server/http/authenticate';
import { ephemeralEscrowServerKey } from '../../../src/server/escrow/server-key';
import type { Store } from '../../../src/server/store/open-store';
import { TEST_PASSWORD, twoTeams } from '../helpers/accounts';
import { TestApi, type Answer } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

const PATH = '/api/auth/logout-ticket';

describe.each(storeKinds)('the logout ticket on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  const now = new Date('2026-03-02T09:00:00Z');

  beforeEach(async () => {
    store = await kind.open();
    await twoTeams(store);
    api = new TestApi({
      store,
      clock: () => now,
      trustProxy: true, // the limit counts per client address: X-Forwarded-For plays several
      escrowServerKey: ephemeralEscrowServerKey(),
      requestLimits: { windowMs: 60_000, perWindow: { push: 100, pull: 100, 'logout-ticket': 5 } },
    });
  });
  afterEach(() => store.close());

  const login = async (username: string) => {
    const body = { protocolVersion: PROTOCOL_VERSION, username, password: TEST_PASSWORD, deviceLabel: 'Testtelefoon', clientId: uuidv7() };
    const answer = await api.post('/api/auth/login', body);
    expect(answer.status).toBe(200);
    return { token: answer.body.token as string, ticket: answer.body.logoutTicket as string };
  };
  const sendTicket = (ticket: unknown, address = '10.0.0.1') => api.post(PATH, { ticket }, undefined, { 'x-forwarded-for': address });
  const me = (token: string) => api.request('/api/me', { token });
  const liveSessions = async () => (await store.db.selectFrom('device_sessions').select('id').execute()).length;
  const shape = (answer: Pick<Answer, 'status' | 'body' | 'headers'>) => ({ status: answer.status, body: answer.body, clear: answer.headers.get('clear-site-data') });

  it('comes with the login, differs from the token, and only its hash is stored', async () => {
    const { token, ticket } = await login('anna');
    expect(ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ticket).not.toBe(token);
    expect(JSON.stringify(await store.db.selectFrom('device_sessions').selectAll().execute())).not.toContain(ticket);
  });

  it('ends its own session, with its escrow key, and no other; the answer clears the site', async () => {
    const phone = await login('anna');
    const other = await login('anna');
    expect((await api.post('/api/escrow', { protocolVersion: PROTOCOL_VERSION }, phone.token)).status).toBe(201);

    const answer = await sendTicket(phone.ticket);

    expect(shape(answer)).toEqual({ status: 204, body: '', clear: REVOKED_CLEAR_SITE_DATA });
    expect((await me(phone.token)).body).toMatchObject({ error: 'unauthenticated' });
    expect((await me(other.token)).status).toBe(200);
    expect(await store.db.selectFrom('escrow_keys').selectAll().execute()).toEqual([]);
    const audit = await store.db.selectFrom('account_audit').select(['action', 'detail']).where('action', '=', 'logout').execute();
    expect(audit).toEqual([{ action: 'logout', detail: 'logout-ticket' }]);
  });

  it('answers an unknown, a used or a token-as-ticket the same, and ends nothing', async () => {
    const phone = await login('anna');
    const used = await login('bram');
    const known = shape(await sendTicket(used.ticket));
    const before = await liveSessions();
    for (const ticket of ['x'.repeat(43), used.ticket, phone.token]) expect(shape(await sendTicket(ticket))).toEqual(known);
    expect(await liveSessions()).toBe(before);
    expect((await me(phone.token)).status).toBe(200);
    // Nor is the ticket a token.
    expect((await me(phone.ticket)).status).toBe(401);
  });

  it('refuses what is no ticket, without clearing the site', async () => {
    const answers = [
      await sendTicket(''),
      await sendTicket(42),
      await api.post(PATH, { ticket: 'x'.repeat(43), more: 1 }, undefined, { 'x-forwarded-for': '10.0.0.2' }),
      // A form on another site can post this much without a preflight: it clears nothing.
      await api.app.request(PATH, { method: 'POST', body: 'ticket=abc', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.0.0.3' } }),
      await api.post(PATH, { ticket: 'x'.repeat(2000) }, undefined, { 'x-forwarded-for': '10.0.0.3' }),
    ];
    expect(answers.map((a) => [a.status, a.headers.get('clear-site-data')])).toEqual([
      [400, null],
      [400, null],
      [400, null],
      [415, null],
      [413, null],
    ]);
  });

  it('is limited per client address', async () => {
    for (let i = 0; i < 5; i++) expect((await sendTicket('x'.repeat(43))).status).toBe(204);
    const limited = await sendTicket('x'.repeat(43));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.headers.get('clear-site-data')).toBeNull();
    expect((await sendTicket('x'.repeat(43), '10.0.0.9')).status).toBe(204);
  });
});
