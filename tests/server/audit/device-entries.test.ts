/**
 * Reads done offline land in the trail with the device's time and the server's, once, and a
 * hostile device can neither speak for another user or device, nor for a team it is not in, nor
 * flood another team's trail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DEVICE_AUDIT_BATCH } from '../../../src/domain/audit-protocol';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { writeAudit } from '../../../src/server/audit/audit-log';
import { verifyTeamChain } from '../../../src/server/audit/verify';
import type { Store } from '../../../src/server/store/open-store';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('device audit entries on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let token: string;
  let householdA: string;
  let householdB: string;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    api = new TestApi({ store });
    const device = new TestDevice();
    token = await tokenFor(store, teams.anna, device);
    const a = newHousehold(device, teams.teamA.id);
    await api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [a.mutation] }, token);
    const other = new TestDevice();
    const b = newHousehold(other, teams.teamB.id);
    await api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [b.mutation] }, await tokenFor(store, teams.bram, other));
    [householdA, householdB] = [a.id, b.id];
  });
  afterEach(() => store.close());

  const entry = (over: Record<string, unknown> = {}) => ({
    entryId: uuidv7(),
    action: 'read',
    teamId: teams.teamA.id,
    householdId: householdA,
    table: 'contacts',
    recordId: `${householdA}.c1`,
    occurredAt: daysAgo(3),
    ...over,
  });
  const report = (entries: unknown[], t = token) => api.post('/api/audit/device', { protocolVersion: PROTOCOL_VERSION, entries }, t);
  const deviceRows = () => store.db.selectFrom('audit_log').selectAll().where('source', '=', 'device').orderBy('chain_seq').execute();

  it('records a read done three days ago offline, with both times, once however often it is sent', async () => {
    const read = entry();
    expect((await report([read])).body).toEqual({ recorded: 1, duplicate: 0, refused: [] });
    expect((await report([read, read])).body).toEqual({ recorded: 0, duplicate: 1, refused: [] });
    const rows = await deviceRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ occurred_at: read.occurredAt, user_id: teams.anna, role: 'medewerker', household_id: householdA, device_entry_id: read.entryId });
    expect(rows[0]!.at > rows[0]!.occurred_at).toBe(true);
    expect((await verifyTeamChain(store.db, teams.teamA.id)).broken).toBeUndefined();
  });

  it('takes who and which device from the session, never from the body', async () => {
    const forged = { ...entry(), userId: teams.cor, deviceSessionId: uuidv7() };
    expect((await report([forged])).status).toBe(400);
    expect(await deviceRows()).toEqual([]);
  });

  it("refuses another team's entries, another team's household, the future and the far past; one trail entry per team and reason", async () => {
    const answer = await report([
      entry({ teamId: teams.teamB.id, householdId: householdB }),
      entry({ teamId: teams.teamB.id, householdId: householdB }),
      entry({ householdId: householdB }),
      entry({ occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }),
      entry({ occurredAt: daysAgo(400) }),
    ]);
    expect(answer.body.refused.map((r: { code: string }) => r.code)).toEqual(['not-in-team', 'not-in-team', 'unknown-household', 'in-future', 'too-old']);
    expect(answer.body.recorded).toBe(0);
    const refused = await store.db.selectFrom('audit_log').select(['team_id', 'reason']).where('outcome', '=', 'refused').orderBy('reason').execute();
    expect(refused).toEqual([
      { team_id: teams.teamA.id, reason: 'device-in-future' },
      { team_id: teams.teamB.id, reason: 'device-not-in-team' },
      { team_id: teams.teamA.id, reason: 'device-too-old' },
      { team_id: teams.teamA.id, reason: 'device-unknown-household' },
    ]);
  });

  it('caps a request and validates every field', async () => {
    const many = Array.from({ length: MAX_DEVICE_AUDIT_BATCH + 1 }, () => entry());
    expect((await report(many)).status).toBe(400);
    for (const bad of [{ action: 'update' }, { occurredAt: '3 dagen geleden' }, { occurredAt: '2026-01-01T10:00:00+02:00' }, { teamId: 'x' }, { note: 'inhoud' }]) {
      expect((await report([entry(bad)])).status).toBe(400);
    }
    expect((await report([entry()], 'not-a-token')).status).toBe(401);
    expect(await deviceRows()).toEqual([]);
  });
  it('has the database refuse a second copy of a reported entry that got past the check (a racing replay), and take any number of server entries', async () => {
    const actor = { userId: teams.anna, deviceSessionId: null };
    const reported = { teamId: teams.teamA.id, householdId: householdA, action: 'read', table: 'households', recordId: householdA } as const;
    const device = { occurredAt: daysAgo(1), entryId: uuidv7() };
    await writeAudit(store.db, store.dialect, actor, [{ ...reported, device }], new Date());
    // writeAudit does not look for earlier copies (the device route does, before it): the unique index must stop it.
    await expect(writeAudit(store.db, store.dialect, actor, [{ ...reported, device }], new Date())).rejects.toThrow();
    await writeAudit(store.db, store.dialect, actor, [reported, reported, reported], new Date());
    const rows = await store.db.selectFrom('audit_log').select('device_entry_id').where('household_id', '=', householdA).execute();
    expect(rows.filter((row) => row.device_entry_id === device.entryId)).toHaveLength(1);
    expect(rows.filter((row) => row.device_entry_id === null).length).toBeGreaterThanOrEqual(3);
  });
});
