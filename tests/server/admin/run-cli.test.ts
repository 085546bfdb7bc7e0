import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { runCli } from '../../../src/server/admin/run-cli';
import type { Store } from '../../../src/server/store/open-store';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('admin CLI on $name', (kind) => {
  let store: Store;
  let output: string[];

  beforeEach(async () => {
    store = await kind.open();
    output = [];
  });
  afterEach(() => store.close());

  const admin = (argv: string[], env: NodeJS.ProcessEnv = { VOORDEUR_PASSWORD: 'wachtwoord-van-de-test' }) =>
    runCli(argv, { env, store, out: (line) => output.push(line) });

  it('adds a team and a user who can then log in', async () => {
    expect(await admin(['add-team', 'Wijkteam West'])).toBe(0);
    expect(await admin(['add-user', 'fatima', '--name', 'Fatima Yilmaz', '--team', 'Wijkteam West', '--role', 'teamleider'])).toBe(0);
    expect(output.at(-1)).toBe('Gebruiker "fatima" is aangemaakt en is teamleider in team "Wijkteam West".');
    const token = await new TestApi({ store }).login('fatima', 'wachtwoord-van-de-test');
    const me = await new TestApi({ store }).request('/api/me', { token });
    expect(me.body.teams).toMatchObject([{ name: 'Wijkteam West', role: 'teamleider' }]);
  });

  it('makes up a password and shows it once when none is given', async () => {
    await admin(['add-user', 'piet', '--name', 'Piet'], {});
    const password = /geef het veilig door\): (\S+)$/.exec(output[0] ?? '')?.[1];
    expect(password).toHaveLength(16);
    const api = new TestApi({ store });
    const answer = await api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username: 'piet', password, clientId: uuidv7() });
    expect(answer.status).toBe(200);
  });

  it('adds a user to a second team, resets a password, lists users', async () => {
    await admin(['add-team', 'Noord']);
    await admin(['add-team', 'Zuid']);
    await admin(['add-user', 'kees', '--name', 'Kees', '--team', 'Noord']);
    expect(await admin(['add-member', 'kees', '--team', 'Zuid', '--role', 'beheerder'])).toBe(0);
    output = [];
    await admin(['list-users']);
    expect(output).toEqual(['kees\tKees\tNoord (medewerker)', 'kees\tKees\tZuid (beheerder)']);
    expect(await admin(['reset-password', 'kees'], { VOORDEUR_PASSWORD: 'nieuw-wachtwoord-1' })).toBe(0);
    expect(await new TestApi({ store }).login('kees', 'nieuw-wachtwoord-1')).toEqual(expect.any(String));
  });

  it('revokes and lists the devices of a user', async () => {
    await admin(['add-user', 'lisa', '--name', 'Lisa']);
    const api = new TestApi({ store });
    const token = await api.login('lisa', 'wachtwoord-van-de-test');
    output = [];
    await admin(['list-devices', 'lisa']);
    expect(output).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\tlisa\tTesttelefoon\tsinds .*\tactief$/)]);
    expect(await admin(['revoke-devices', 'lisa'])).toBe(0);
    expect(output.at(-1)).toMatch(/^1 apparaat/);
    expect((await api.request('/api/me', { token })).body).toMatchObject({ error: 'device-revoked' });
  });

  it('revokes one device, leaving the others of the user active', async () => {
    await admin(['add-user', 'lisa', '--name', 'Lisa']);
    const api = new TestApi({ store });
    const phone = await api.login('lisa', 'wachtwoord-van-de-test');
    const tablet = await api.login('lisa', 'wachtwoord-van-de-test');
    const phoneId = (await store.db.selectFrom('device_sessions').select('id').orderBy('created_at').orderBy('id').execute())[0]!.id;
    expect(await admin(['revoke-device', phoneId])).toBe(0);
    const answers = [await api.request('/api/me', { token: phone }), await api.request('/api/me', { token: tablet })];
    // One of the two is the revoked one; the other still works.
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    expect(answers.find((a) => a.status === 401)?.body).toMatchObject({ error: 'device-revoked' });
    expect(await admin(['revoke-device', phoneId])).toBe(2);
  });

  it('disables a user (who cannot log in again, and whose devices are revoked) and enables them again', async () => {
    await admin(['add-user', 'lisa', '--name', 'Lisa']);
    const api = new TestApi({ store });
    const token = await api.login('lisa', 'wachtwoord-van-de-test');
    expect(await admin(['disable-user', 'lisa'])).toBe(0);
    expect((await api.request('/api/me', { token })).body).toMatchObject({ error: 'device-revoked' });
    const again = await api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username: 'lisa', password: 'wachtwoord-van-de-test', clientId: uuidv7() });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ error: 'account-disabled' });
    expect(await admin(['enable-user', 'lisa'])).toBe(0);
    expect(await api.login('lisa', 'wachtwoord-van-de-test')).toEqual(expect.any(String));
  });

  it("lists a team's devices with when each was last seen", async () => {
    await admin(['add-team', 'Noord']);
    await admin(['add-team', 'Zuid']);
    await admin(['add-user', 'kees', '--name', 'Kees', '--team', 'Noord']);
    await admin(['add-user', 'piet', '--name', 'Piet', '--team', 'Zuid']);
    const api = new TestApi({ store });
    await api.login('kees', 'wachtwoord-van-de-test');
    await api.login('piet', 'wachtwoord-van-de-test');
    output = [];
    expect(await admin(['list-devices', '--team', 'Noord'])).toBe(0);
    expect(output).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\tkees\tTesttelefoon\tsinds \S+\tlaatst gezien \S+\tactief$/)]);
  });

  it('writes every admin command to the audit trail', async () => {
    await admin(['add-team', 'Noord']);
    await admin(['add-user', 'kees', '--name', 'Kees Geheim', '--team', 'Noord']);
    await admin(['disable-user', 'kees']);
    await admin(['revoke-device', uuidv7()]);
    const rows = await store.db.selectFrom('account_audit').select(['action', 'detail', 'user_id']).execute();
    expect(rows.map((r) => [r.action, JSON.parse(r.detail ?? '{}').command, JSON.parse(r.detail ?? '{}').exit])).toEqual(
      expect.arrayContaining([
        ['admin', 'add-team', 0],
        ['admin', 'add-user', 0],
        ['admin', 'disable-user', 0],
        ['admin', 'revoke-device', 2],
      ]),
    );
    expect(JSON.stringify(rows)).not.toContain('Geheim');
    expect(JSON.stringify(rows)).not.toContain('wachtwoord');
  });

  it('explains mistakes in Dutch and exits with 2', async () => {
    expect(await admin(['add-user', 'ab'])).toBe(2);
    expect(output.at(-1)).toBe('De naam (--name "Voornaam Achternaam") ontbreekt.');
    expect(await admin(['add-user', 'a b', '--name', 'X'])).toBe(2);
    expect(output.at(-1)).toBe('Gebruik alleen letters, cijfers, punt, streepje of liggend streepje.');
    expect(await admin(['add-member', 'nobody', '--team', 'Noord'])).toBe(2);
    expect(output.at(-1)).toBe('Gebruiker "nobody" bestaat niet.');
    expect(await admin(['add-user', 'kort', '--name', 'Kort'], { VOORDEUR_PASSWORD: 'kort' })).toBe(2);
    expect(output.at(-1)).toBe('Het wachtwoord moet minstens 10 tekens hebben.');
    expect(await admin(['add-team', 'T'])).toBe(2);
    expect(output.at(-1)).toBe('Geef het team een naam van minstens 2 tekens.');
    expect(await admin(['add-team', 'Noord'])).toBe(0);
    expect(await admin(['add-team', 'Noord'])).toBe(2);
    expect(await admin(['add-member', 'x', '--team', 'Noord', '--role', 'baas'])).toBe(2);
    expect(await admin(['fly'])).toBe(2);
    expect(await admin(['--bogus'])).toBe(2);
    expect(await admin([])).toBe(0);
    expect(output.at(-1)).toContain('Gebruik: npm run admin');
  });
});
