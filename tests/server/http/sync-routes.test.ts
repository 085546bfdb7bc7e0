import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { MAX_BODY_BYTES, MAX_PUSH_BATCH, PROTOCOL_VERSION, SCHEMA_VERSION, type Mutation } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { purgeTombstones } from '../../../src/server/sync/purge';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { writeCounts } from '../helpers/counts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('sync API on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let annaToken: string;
  const device = new TestDevice();

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    api = new TestApi({ store });
    annaToken = await tokenFor(store, teams.anna, device);
  });
  afterEach(() => store.close());

  const push = (mutations: unknown[], token = annaToken, protocolVersion = PROTOCOL_VERSION) =>
    api.post('/api/sync/push', { protocolVersion, mutations }, token);
  const pull = (teamId: string, cursor = 0, token = annaToken, limit?: number) =>
    api.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId, cursor, ...(limit ? { limit } : {}) }, token);

  it('pushes and pulls a household; answers are never cached', async () => {
    const h = newHousehold(device, teams.teamA.id);
    const pushed = await push([h.mutation]);
    expect(pushed.status).toBe(200);
    expect(pushed.body).toEqual({
      results: [{ mutationId: h.mutation.mutationId, status: 'applied', record: expect.objectContaining({ id: h.id, rev: 1 }) }],
    });
    expect(pushed.headers.get('cache-control')).toBe('no-store');
    const pulled = await pull(teams.teamA.id);
    expect(pulled.body).toEqual({ records: [pushed.body.results[0].record], cursor: 1, hasMore: false, remaining: 0 });
  });

  it('the same push twice gives the same answer and one row', async () => {
    const batch = [newHousehold(device, teams.teamA.id).mutation, newHousehold(device, teams.teamA.id).mutation];
    const first = await push(batch);
    const before = await writeCounts(store);
    const second = await push(batch);
    expect(second.body.results).toEqual(first.body.results.map((r: object) => ({ ...r, status: 'duplicate' })));
    expect(await writeCounts(store)).toEqual(before);
    expect(before.mutations).toBe(2);
  });

  it('pages through a long history with the limit of the request', async () => {
    await push(Array.from({ length: 12 }, (_, i) => newHousehold(device, teams.teamA.id, `Hof ${i}`).mutation));
    const first = await pull(teams.teamA.id, 0, annaToken, 5);
    expect(first.body).toMatchObject({ cursor: 5, hasMore: true, remaining: 7 });
    const rest = await pull(teams.teamA.id, 5, annaToken, 10);
    expect(rest.body).toMatchObject({ cursor: 12, hasMore: false });
    expect([...first.body.records, ...rest.body.records].map((r: { rev: number }) => r.rev)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  describe('team isolation', () => {
    let theirs: { id: string; mutation: Mutation };
    let bramToken: string;

    beforeEach(async () => {
      const bramsPhone = new TestDevice();
      bramToken = await tokenFor(store, teams.bram, bramsPhone);
      theirs = newHousehold(bramsPhone, teams.teamB.id, 'Geheim 1');
      await push([theirs.mutation], bramToken);
    });

    it("a user of team A cannot pull team B", async () => {
      const answer = await pull(teams.teamB.id);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: 'forbidden', message: expect.stringContaining('team') });
    });

    it("never sees team B's records in a pull of team A", async () => {
      await push([newHousehold(device, teams.teamA.id).mutation]);
      const answer = await pull(teams.teamA.id);
      expect(answer.body.records.map((r: { teamId: string }) => r.teamId)).toEqual([teams.teamA.id]);
      expect(JSON.stringify(answer.body)).not.toContain('Geheim');
    });

    it("cannot write to team B's record or household, whatever team it names", async () => {
      const before = await writeCounts(store);
      const answer = await push([
        device.put('households', theirs.id, { label: 'Gekaapt' }, { teamId: teams.teamA.id }),
        device.put('households', theirs.id, { label: 'Gekaapt' }, { teamId: teams.teamB.id }),
        newContact(device, teams.teamA.id, theirs.id).mutation,
      ]);
      expect(answer.status).toBe(200);
      expect(answer.body.results.map((r: { code: string }) => r.code)).toEqual(['forbidden', 'forbidden', 'household-mismatch']);
      expect(JSON.stringify(answer.body)).not.toContain('Geheim');
      expect(await writeCounts(store)).toEqual(before);
    });

    it('a user in both teams pulls both', async () => {
      const corToken = await tokenFor(store, teams.cor);
      expect((await pull(teams.teamB.id, 0, corToken)).body.records).toHaveLength(1);
      expect((await pull(teams.teamA.id, 0, corToken)).status).toBe(200);
    });
  });

  it('a concurrent text edit shows up in the pull as a conflict record', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await push([h.mutation]);
    const target = { teamId: teams.teamA.id, baseRev: 1 };
    for (const [wallMs, members] of [[Date.now() + 10, 'Moeder en zoon'], [Date.now() + 20, 'Moeder, zoon en oma']] as const) {
      const other = new TestDevice(wallMs);
      await push([other.put('households', h.id, { members }, target)], await tokenFor(store, teams.anna, other));
    }
    const records = (await pull(teams.teamA.id)).body.records;
    const conflict = records.find((r: { table: string }) => r.table === 'conflicts');
    expect(conflict).toMatchObject({ householdId: h.id, fields: { recordId: h.id, field: 'members', text: 'Moeder en zoon', resolved: false } });
    expect(records.find((r: { id: string }) => r.id === h.id).fields.members).toBe('Moeder, zoon en oma');
  });

  it('a household delete reaches the team as tombstones without personal data', async () => {
    const h = newHousehold(device, teams.teamA.id, 'Privéweg 9');
    const c = newContact(device, teams.teamA.id, h.id, 'Vertrouwelijk gesprek');
    await push([h.mutation, c.mutation]);
    await push([device.delete('households', h.id, { teamId: teams.teamA.id, baseRev: 2 })]);
    const page = await pull(teams.teamA.id, 2);
    expect(page.body.records).toEqual([
      { table: 'households', id: h.id, teamId: teams.teamA.id, householdId: null, fields: {}, stamps: {}, deleted: true, rev: 3 },
      { table: 'contacts', id: c.id, teamId: teams.teamA.id, householdId: h.id, fields: {}, stamps: {}, deleted: true, rev: 4 },
    ]);
    expect(JSON.stringify((await pull(teams.teamA.id)).body)).not.toMatch(/Privéweg|Vertrouwelijk/);
  });

  it('tells a device whose cursor is older than the purged tombstones to resync', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await push([h.mutation, device.delete('households', h.id, { teamId: teams.teamA.id, baseRev: 1 }), newHousehold(device, teams.teamA.id).mutation]);
    await purgeTombstones(store, new Date(Date.now() + 86_400_000));
    const answer = await pull(teams.teamA.id, 1);
    expect(answer.status).toBe(410);
    expect(answer.body).toMatchObject({ error: 'resync-required', message: expect.any(String) });
  });

  describe('version mismatch', () => {
    it('an older app gets 426 "werk de app bij" and nothing is written', async () => {
      const before = await writeCounts(store);
      const answer = await push([newHousehold(device, teams.teamA.id).mutation], annaToken, PROTOCOL_VERSION - 1);
      expect(answer.status).toBe(426);
      expect(answer.body).toMatchObject({ error: 'update-required', message: expect.stringMatching(/^Werk de app bij/), details: { protocolVersion: PROTOCOL_VERSION } });
      expect(await writeCounts(store)).toEqual(before);
      const pulled = await api.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION - 1, teamId: teams.teamA.id, cursor: 0 }, annaToken);
      expect(pulled.status).toBe(426);
    });

    it('a newer app is told that the server is behind', async () => {
      const answer = await push([newHousehold(device, teams.teamA.id).mutation], annaToken, PROTOCOL_VERSION + 1);
      expect(answer.status).toBe(426);
      expect(answer.body.message).toMatch(/server is ouder/);
    });

    it('a mutation from a newer schema is refused on its own; the rest of the batch lands', async () => {
      const h = newHousehold(device, teams.teamA.id);
      const future = { ...newHousehold(device, teams.teamA.id).mutation, table: 'plans', schemaVersion: SCHEMA_VERSION + 1 };
      const answer = await push([future, h.mutation]);
      expect(answer.status).toBe(200);
      expect(answer.body.results).toMatchObject([
        { mutationId: future.mutationId, status: 'rejected', code: 'schema-too-new' },
        { mutationId: h.mutation.mutationId, status: 'applied' },
      ]);
    });
  });

  describe('bad input gets a 4xx with a clear error and writes nothing', () => {
    const good = () => newHousehold(device, teams.teamA.id).mutation;
    const cases: Array<[string, () => string | object, number, string]> = [
      ['malformed JSON', () => '{"protocolVersion": 1, "mutations": [', 400, 'invalid-json'],
      ['an empty body', () => '', 400, 'invalid-json'],
      ['JSON that is not an object', () => '[1,2,3]', 400, 'invalid'],
      ['no mutations', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [] }), 400, 'invalid'],
      ['an unknown table', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [good(), { ...good(), table: 'passwords' }] }), 400, 'invalid'],
      ['a field value of the wrong type', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [{ ...good(), changedFields: { label: { nested: true } } }] }), 400, 'invalid'],
      ['a number where text belongs', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [{ ...good(), clientSeq: 'one' }] }), 400, 'invalid'],
      ['a forged stamp', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [{ ...good(), hlc: '9999' }] }), 400, 'invalid'],
      ['an id with odd characters', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [{ ...good(), recordId: "x'; drop table records;--" }] }), 400, 'invalid'],
      ['a batch over the limit', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: Array.from({ length: MAX_PUSH_BATCH + 1 }, good) }), 400, 'invalid'],
      ['a body over the size limit', () => ({ protocolVersion: PROTOCOL_VERSION, mutations: [good()], padding: 'x'.repeat(MAX_BODY_BYTES) }), 413, 'too-large'],
    ];

    it.each(cases)('%s', async (_name, body, status, error) => {
      const before = await writeCounts(store);
      const answer = await api.post('/api/sync/push', body(), annaToken);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ error, message: expect.any(String) });
      expect(await writeCounts(store)).toEqual(before);
    });

    it('names where a bad mutation is wrong', async () => {
      const answer = await push([good(), { ...good(), table: 'passwords' }]);
      expect(answer.body.details).toContainEqual({ path: 'mutations.1.table', message: 'Onbekende tabel.' });
    });

    it('names a broken rule that has no Dutch message in English, not as a bare "Invalid input"', async () => {
      // The domain's schemas are zod/mini (no locale, for the client); the server loads zod's English texts itself.
      const answer = await push([{ ...good(), clientSeq: -1 }]);
      expect(answer.body.details).toContainEqual({ path: 'mutations.0.clientSeq', message: expect.stringMatching(/^Too small/) });
    });

    it('pull with a bad cursor or limit', async () => {
      for (const body of [{ cursor: -1 }, { cursor: 'zero' }, { cursor: 0, limit: 100_000 }, { cursor: 0, teamId: 'abc' }]) {
        const answer = await api.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId: teams.teamA.id, ...body }, annaToken);
        expect(answer.status).toBe(400);
      }
    });

    it('an unknown team id in a pull is 403, exactly like a team one is not in', async () => {
      const answer = await pull(uuidv7());
      expect(answer.status).toBe(403);
    });

    it('unknown API paths are JSON 404s; a known path with another method is a 405', async () => {
      expect((await api.request('/api/sync/push')).status).toBe(405);
      expect((await api.request('/api/nope')).body).toMatchObject({ error: 'not-found' });
    });
  });
});
