/**
 * Issue 6: valid and hostile mutations from several users in several teams, interleaved by a
 * seeded fast-check run — colliding ids, squatted map entries, foreign clock nodes, replays,
 * crafted conflict ids — sent through the HTTP API. After every batch: each answer is 2xx or
 * 4xx, a mutation with another device's clock node is refused, every stored record passes the
 * domain's validateFields, and no record holds another team's data (every text is tagged with
 * the team its mutation named, and must only be found in that team's records).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictId } from '../../../src/domain/merge';
import { mapEntryId } from '../../../src/domain/records/map-entries';
import { validateFields } from '../../../src/domain/records/validate';
import { PROTOCOL_VERSION, type Mutation, type PushResult } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { toServerRecord } from '../../../src/server/store/records';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';
import { uuidv7 } from '../../../src/domain/ids';

const kinds = ['household', 'edit-text', 'contact', 'map-entry', 'squat-map-entry', 'squat-conflict', 'replay', 'wrong-team'] as const;

const opArb = fc.record({
  kind: fc.constantFrom(...kinds),
  team: fc.nat(1),
  household: fc.nat(3),
  pick: fc.nat(1000),
  // One mutation in five claims another user's device.
  foreign: fc.nat(4).map((n) => n === 0),
  server: fc.boolean(),
});
const batchArb = fc.record({ user: fc.nat(2), ops: fc.array(opArb, { minLength: 2, maxLength: 5 }) });

describe.each(storeKinds)('hostile mutations on $name', (kind) => {
  it('keep every record valid and in its own team, with only 2xx and 4xx answers', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batchArb, { minLength: 4, maxLength: 12 }), async (batches) => {
        const store = await kind.open();
        try {
          await runBatches(store, batches);
        } finally {
          await store.close();
        }
      }),
      { seed: 20260302, numRuns: kind.name === 'postgres' ? 10 : 40 },
    );
  });
});

type Batch = typeof batchArb extends fc.Arbitrary<infer T> ? T : never;

async function runBatches(store: Store, batches: Batch[]): Promise<void> {
  const teams = await twoTeams(store);
  const teamIds = [teams.teamA.id, teams.teamB.id];
  const letter = (teamId: string) => (teamId === teams.teamA.id ? 'A' : 'B');
  const api = new TestApi({ store });
  const users = [
    { id: teams.anna, teams: [teams.teamA.id] },
    { id: teams.bram, teams: [teams.teamB.id] },
    { id: teams.cor, teams: [teams.teamA.id, teams.teamB.id] },
  ].map((user) => ({ ...user, device: new TestDevice() }));
  const tokens = await Promise.all(users.map((user) => tokenFor(store, user.id, user.device)));

  let texts = 0;
  const tagged = (teamId: string) => `${letter(teamId)}-${++texts}`;
  const households: { id: string; teamId: string }[] = [];
  const sent: Mutation[] = [];

  for (const { user: u, ops } of batches) {
    const user = users[u]!;
    const mutations = ops.map((op) => {
      const device = op.foreign ? users[(u + 1) % users.length]!.device : user.device;
      const ownTeam = user.teams[op.team % user.teams.length]!;
      const anyTeam = teamIds[op.team]!;
      const household = households.length ? households[op.household % households.length]! : undefined;
      switch (op.kind) {
        case 'household':
          return device.put('households', uuidv7(), { label: tagged(ownTeam) }, { teamId: ownTeam });
        case 'edit-text':
          // baseRev 0: concurrent with every earlier edit, so conflicts are made.
          if (!household) return device.put('households', uuidv7(), { label: tagged(ownTeam) }, { teamId: ownTeam });
          return device.put('households', household.id, { reportReason: tagged(household.teamId) }, { teamId: household.teamId });
        case 'contact': {
          const target = household ?? { id: uuidv7(), teamId: ownTeam };
          const fields = { channel: 'huisbezoek', startedAt: '2026-03-02T10:00:00+01:00', note: tagged(target.teamId) };
          return device.put('contacts', uuidv7(), fields, { teamId: target.teamId, householdId: target.id });
        }
        case 'map-entry': {
          const target = household ?? { id: uuidv7(), teamId: ownTeam };
          const fields = { subdomainId: 'inkomen', situation: tagged(target.teamId) };
          return device.put('mapEntries', mapEntryId(target.id, 'inkomen'), fields, { teamId: target.teamId, householdId: target.id });
        }
        case 'squat-map-entry': {
          // The deterministic id of a household (perhaps another team's) in a household of the user's own team.
          const own = households.find((h) => h.teamId === ownTeam) ?? { id: uuidv7(), teamId: ownTeam };
          const victim = household ?? own;
          const fields = { subdomainId: 'inkomen', situation: tagged(ownTeam) };
          return device.put('mapEntries', mapEntryId(victim.id, 'inkomen'), fields, { teamId: ownTeam, householdId: own.id });
        }
        case 'squat-conflict': {
          // A contact at the id a conflict of an earlier (or later) mutation would get.
          const own = households.find((h) => h.teamId === ownTeam) ?? { id: uuidv7(), teamId: ownTeam };
          const cause = sent.length ? sent[op.pick % sent.length]!.mutationId : uuidv7();
          const id = op.server ? conflictId(cause, 0) : `${cause}.0`;
          const fields = { channel: 'telefoon', startedAt: '2026-03-02T10:00:00+01:00', note: tagged(ownTeam) };
          return device.put('contacts', id, fields, { teamId: ownTeam, householdId: own.id });
        }
        case 'replay':
          if (sent.length) return sent[op.pick % sent.length]!;
          return device.put('households', uuidv7(), { label: tagged(ownTeam) }, { teamId: ownTeam });
        case 'wrong-team': {
          // Names a team the user may not be in, and a household of either team.
          const target = household ?? { id: uuidv7(), teamId: anyTeam };
          return device.put('households', target.id, { reportReason: tagged(anyTeam) }, { teamId: anyTeam });
        }
      }
    });
    const answer = await api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations }, tokens[u]);
    expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500), `status ${answer.status}`).toBe(true);
    if (answer.status !== 200) continue;
    const results = answer.body.results as PushResult[];
    mutations.forEach((m, i) => {
      const result = results[i]!;
      const own = m.clientId === user.device.clientId;
      if (!own) expect(result).toMatchObject({ status: 'rejected', code: 'foreign-client' });
      // A team's own map entry of its own household is never refused: nobody can squat its id.
      const ownHousehold = households.find((h) => h.id === m.householdId && h.teamId === m.teamId);
      if (own && m.table === 'mapEntries' && ownHousehold && user.teams.includes(m.teamId) && m.recordId === mapEntryId(ownHousehold.id, 'inkomen')) {
        expect(result.status, `map entry ${m.recordId}`).not.toBe('rejected');
      }
      if (result.status === 'applied' && m.table === 'households' && !households.some((h) => h.id === m.recordId)) {
        households.push({ id: m.recordId, teamId: m.teamId });
      }
      if (!sent.includes(m)) sent.push(m);
    });
    await expectStoreHolds(store, letter);
  }
}

async function expectStoreHolds(store: Store, letter: (teamId: string) => string): Promise<void> {
  const records = (await store.db.selectFrom('records').selectAll().execute()).map((row) => toServerRecord(row, store.sealer));
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const record of records) {
    const where = `${record.table} ${record.id}`;
    expect(validateFields(record.table, record.fields, !record.deleted), where).toMatchObject({ ok: true });
    for (const value of Object.values(record.fields)) {
      if (typeof value === 'string' && /^[AB]-\d+$/.test(value)) expect(value[0], `${where}: ${value}`).toBe(letter(record.teamId));
    }
    if (record.householdId !== null) {
      const household = byId.get(record.householdId);
      expect(household, where).toMatchObject({ table: 'households', teamId: record.teamId });
    }
    if (record.table === 'conflicts' && !record.deleted) {
      expect(byId.get(String(record.fields.recordId))?.teamId, where).toBe(record.teamId);
    }
  }
}
