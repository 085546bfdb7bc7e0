/**
 * Recovery by escrow (issue 9): the escrow key is stored only wrapped by the server's key,
 * released only to the same user on the same device after a fresh password login, and deleted
 * when the device is revoked, the user disabled, or the device logs out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { runCli } from '../../../src/server/admin/run-cli';
import { FRESH_LOGIN_MS } from '../../../src/server/escrow/escrow';
import { ephemeralEscrowServerKey, unwrapEscrowKey } from '../../../src/server/escrow/server-key';
import type { Store } from '../../../src/server/store/open-store';
import { twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('escrow on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let now: Date;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const serverKey = ephemeralEscrowServerKey();
  const body = { protocolVersion: PROTOCOL_VERSION };

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    now = new Date('2026-03-02T09:00:00.000Z');
    api = new TestApi({ store, clock: () => now, escrowServerKey: serverKey });
  });
  afterEach(() => store.close());

  const later = (ms: number) => (now = new Date(now.getTime() + ms));
  const create = (token: string) => api.post('/api/escrow', body, token);
  const release = (token: string) => api.post('/api/escrow/release', body, token);
  const escrowRows = () => store.db.selectFrom('escrow_keys').selectAll().execute();
  const admin = (argv: string[]) => runCli(argv, { env: {}, store, out: () => undefined });

  /** A device of anna that set up its escrow after its first login; answers its clock node and key. */
  async function annasDevice() {
    const clientId = uuidv7();
    const token = await api.login('anna', undefined, undefined, clientId);
    const created = await create(token);
    expect(created.status).toBe(201);
    return { clientId, token, escrowKey: created.body.escrowKey as string };
  }

  it('stores the escrow key only wrapped by the server key, bound to user and device', async () => {
    const device = await annasDevice();
    const [row] = await escrowRows();
    expect(row).toMatchObject({ user_id: teams.anna, client_id: device.clientId });
    const raw = Buffer.from(device.escrowKey, 'base64url');
    // Not in clear in any encoding, and not readable with another server key.
    for (const form of [device.escrowKey, raw.toString('hex'), raw.toString('base64')]) expect(row!.wrapped_key).not.toContain(form);
    expect(unwrapEscrowKey(serverKey, row!.wrapped_key, teams.anna, device.clientId).equals(raw)).toBe(true);
    expect(() => unwrapEscrowKey(ephemeralEscrowServerKey(), row!.wrapped_key, teams.anna, device.clientId)).toThrow();
    // Copied to another user's or device's row, it does not open.
    expect(() => unwrapEscrowKey(serverKey, row!.wrapped_key, teams.bram, device.clientId)).toThrow();
    expect(() => unwrapEscrowKey(serverKey, row!.wrapped_key, teams.anna, uuidv7())).toThrow();
  });

  it('never hands out nor replaces an existing escrow key on create', async () => {
    const device = await annasDevice();
    const again = await create(device.token);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: 'escrow-exists', message: expect.stringContaining('herstelsleutel') });
    expect(JSON.stringify(again.body)).not.toContain(device.escrowKey);
    const fresh = await api.login('anna', undefined, undefined, device.clientId);
    expect((await release(fresh)).body.escrowKey).toBe(device.escrowKey);
  });

  it('releases the key to the same user on the same device after a fresh password login', async () => {
    const device = await annasDevice();
    later(3 * 86_400_000);
    const token = await api.login('anna', undefined, undefined, device.clientId);
    later(FRESH_LOGIN_MS - 1000);
    const answer = await release(token);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ escrowKey: device.escrowKey });
    expect((await escrowRows())[0]!.released_at).toBe(now.toISOString());
  });

  it('refuses a session that is not fresh: an old one, a rotated one, a token found on the phone', async () => {
    const device = await annasDevice();
    later(FRESH_LOGIN_MS + 1000);
    // The session the device has had all along (what a thief finds on it).
    const stale = await release(device.token);
    expect(stale.status).toBe(403);
    expect(stale.body).toMatchObject({ error: 'fresh-login-required', message: expect.stringContaining('wachtwoord') });
    // A rotated session is not a fresh login either, even though its token is new.
    later(86_400_000);
    const rotated = (await api.request('/api/me', { token: device.token })).headers.get('voordeur-token');
    expect(rotated).toEqual(expect.any(String));
    expect((await release(rotated!)).status).toBe(403);
  });

  it('refuses another device of the same user, and another user on that device cannot log in with it', async () => {
    const device = await annasDevice();
    const otherPhone = await api.login('anna');
    expect((await release(otherPhone)).status).toBe(404);
    const bram = await api.post('/api/auth/login', { ...body, username: 'bram', password: 'correct-horse-battery', clientId: device.clientId });
    expect(bram.status).toBe(409);
    // Bram's own fresh login on his own phone finds no escrow key: anna's is keyed to her.
    const bramsPhone = await api.login('bram');
    expect((await release(bramsPhone)).status).toBe(404);
  });

  it('deletes the escrow key when the device is revoked', async () => {
    const device = await annasDevice();
    const other = await annasDevice();
    const session = await store.db.selectFrom('device_sessions').select('id').where('client_id', '=', device.clientId).executeTakeFirstOrThrow();
    expect(await admin(['revoke-device', session.id])).toBe(0);
    expect((await escrowRows()).map((r) => r.client_id)).toEqual([other.clientId]);
    // A fresh login on that phone (had it not wiped itself) finds nothing to recover.
    const fresh = await api.login('anna', undefined, undefined, device.clientId);
    expect((await release(fresh)).status).toBe(404);
  });

  it('deletes every escrow key of a user that is disabled or whose devices are revoked', async () => {
    await annasDevice();
    await annasDevice();
    expect(await admin(['revoke-devices', 'anna'])).toBe(0);
    expect(await escrowRows()).toEqual([]);
    await annasDevice();
    expect(await admin(['disable-user', 'anna'])).toBe(0);
    expect(await escrowRows()).toEqual([]);
  });

  it('deletes the escrow key at logout (the device clears itself)', async () => {
    const device = await annasDevice();
    expect((await api.post('/api/auth/logout', undefined, device.token)).status).toBe(204);
    expect(await escrowRows()).toEqual([]);
  });

  it('validates the body with the protocol schema and needs a session', async () => {
    const device = await annasDevice();
    expect((await api.post('/api/escrow/release', { ...body, extra: 1 }, device.token)).status).toBe(400);
    expect((await api.post('/api/escrow/release', { protocolVersion: PROTOCOL_VERSION - 1 }, device.token)).status).toBe(426);
    expect((await api.post('/api/escrow/release', body)).status).toBe(401);
  });
});
