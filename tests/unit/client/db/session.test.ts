import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7, type LoginResponse } from '../../../../src/domain';
import { chooseTeam, clearSession, readCursor, readSession, saveSession, SEALED_KEY, SUMMARIES_BUILT_KEY, wipeDevice } from '../../../../src/client/db';
import { loadDevice } from '../../../../src/client/db/device-clock';
import { applyServerRecords } from '../../../../src/client/db';
import { createHousehold, openTab, remoteStamp, serverRecord } from './helpers';

const teamA = uuidv7();
const teamB = uuidv7();
const login: LoginResponse = {
  token: 'demo-token-not-a-secret',
  user: { id: uuidv7(), username: 'j.devries', displayName: 'Jan de Vries (demo)' },
  teams: [
    { id: teamA, name: 'Kernteam Noord', role: 'medewerker' },
    { id: teamB, name: 'Kernteam Zuid', role: 'teamleider' },
  ],
};

describe('device session', () => {
  it('saves the login with the first team chosen, or the one asked for', async () => {
    const tab = openTab();
    expect(await readSession(tab.db)).toBeNull();
    expect(await saveSession(tab.db, login)).toEqual({ ...login, currentTeamId: teamA });
    expect(await readSession(tab.db)).toEqual({ ...login, currentTeamId: teamA });
    await saveSession(tab.db, login, teamB);
    expect((await readSession(tab.db))!.currentTeamId).toBe(teamB);
    expect((await saveSession(tab.db, { ...login, teams: [] })).currentTeamId).toBe('');
  });

  it('switches only to a team the user belongs to', async () => {
    const tab = openTab();
    await chooseTeam(tab.db, teamB);
    expect(await readSession(tab.db)).toBeNull();
    await saveSession(tab.db, login);
    await chooseTeam(tab.db, teamB);
    expect((await readSession(tab.db))!.currentTeamId).toBe(teamB);
    await chooseTeam(tab.db, uuidv7());
    expect((await readSession(tab.db))!.currentTeamId).toBe(teamB);
  });

  it('logging out forgets the session but keeps records, outbox, device identity and cursors', async () => {
    const tab = openTab();
    await saveSession(tab.db, login);
    const id = await createHousehold(tab, teamA);
    await applyServerRecords(tab.store, [], { cursor: { teamId: teamA, value: 5 } });
    const device = await loadDevice(tab.db);

    await clearSession(tab.db);
    expect(await readSession(tab.db)).toBeNull();
    expect(await tab.store.read('households', id)).toMatchObject({ fields: { label: 'Lindelaan 12' } });
    expect(await tab.db.outbox.count()).toBe(1);
    expect(await readCursor(tab.db, teamA)).toBe(5);
    expect(await loadDevice(tab.db)).toEqual(device);
  });

  it('wiping a revoked device removes records, outbox, session and cursors', async () => {
    const tab = openTab();
    await saveSession(tab.db, login);
    await createHousehold(tab, teamA);
    await applyServerRecords(
      tab.store,
      [serverRecord({ table: 'households', id: uuidv7(), teamId: teamB, fields: { label: 'Zuid 1' }, stamps: { label: remoteStamp(Date.now()) } })],
      { cursor: { teamId: teamB, value: 3 } },
    );
    const before = await loadDevice(tab.db);

    await wipeDevice(tab.db, 'ingetrokken');
    expect(await tab.db.records.count()).toBe(0);
    expect(await tab.db.outbox.count()).toBe(0);
    // A new, empty database: only the marks its populate sets.
    expect((await tab.db.meta.toCollection().primaryKeys()).sort()).toEqual([SEALED_KEY, SUMMARIES_BUILT_KEY].sort());
    expect(await readSession(tab.db)).toBeNull();
    expect(await readCursor(tab.db, teamB)).toBe(0);
    // The next write starts a fresh device identity and still works.
    await createHousehold(tab, teamA);
    const after = (await tab.db.outbox.toArray())[0]!.mutation;
    expect(after.clientId).not.toBe(before.clientId);
    expect(after.clientSeq).toBe(1);
  });
});
