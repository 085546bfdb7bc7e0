/**
 * Several server instances push to one team at once while a device pulls page by page.
 * On PostgreSQL the instances are separate stores (separate connection pools) on one
 * database, like separate server processes; on SQLite two apps share the one store. PostgreSQL
 * runs a second and third time with a DBA's stricter default isolation (set per connection).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { createTeam } from '../../../src/server/auth/accounts';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { dropPgSchema, hasPostgres, newPgSchemaName, openPostgresSchema, storeKinds, type IsolationDefault } from '../helpers/stores';

const WRITERS = 4;
const BATCHES = 8;
const PER_BATCH = 10;
const TOTAL = WRITERS * BATCHES * PER_BATCH;

const strictDefaults: { name: string; isolation?: IsolationDefault }[] = hasPostgres
  ? [{ name: 'postgres (default repeatable read)', isolation: 'repeatable read' }, { name: 'postgres (default serializable)', isolation: 'serializable' }]
  : [];

describe.each([...storeKinds.map((kind) => ({ name: kind.name, kind, isolation: undefined })), ...strictDefaults.map((d) => ({ ...d, kind: undefined }))])(
  'concurrent servers on $name',
  ({ kind, isolation }) => {
    let stores: Store[];
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      if (!kind || kind.name === 'postgres') {
        const schema = newPgSchemaName();
        stores = [await openPostgresSchema(schema, isolation), await openPostgresSchema(schema, isolation)];
        cleanup = async () => {
          await Promise.all(stores.map((s) => s.close()));
          await dropPgSchema(schema);
        };
      } else {
        const store = await kind.open();
        stores = [store, store];
        cleanup = () => store.close();
      }
    });
    afterEach(() => cleanup());

    it('hands out unique seqs, and a reader paging meanwhile never skips a change', async () => {
      const team = await createTeam(stores[0]!.db, 'Team Noord', new Date());
      const writer = await addTestUser(stores[0]!, 'schrijver', [{ teamId: team.id }]);
      const reader = await addTestUser(stores[0]!, 'lezer', [{ teamId: team.id }]);
      const apis = stores.map((store) => new TestApi({ store }));
      const readerToken = await tokenFor(stores[0]!, reader);

      let writing = true;
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        const device = new TestDevice();
        const writerToken = await tokenFor(stores[0]!, writer, device);
        for (let b = 0; b < BATCHES; b++) {
          const mutations = Array.from({ length: PER_BATCH }, (_, i) => newHousehold(device, team.id, `Straat ${w}-${b}-${i}`).mutation);
          const answer = await apis[w % 2]!.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations }, writerToken);
          expect(answer.status).toBe(200);
          expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(mutations.map(() => 'applied'));
        }
      });

      const seen: number[] = [];
      const read = (async () => {
        let cursor = 0;
        for (let page = 0; ; page++) {
          const stillWriting = writing;
          const answer = await apis[page % 2]!.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId: team.id, cursor, limit: 7 }, readerToken);
          expect(answer.status).toBe(200);
          seen.push(...answer.body.records.map((r: { rev: number }) => r.rev));
          cursor = answer.body.cursor;
          if (!stillWriting && !answer.body.hasMore) return;
        }
      })();

      await Promise.all(writers);
      writing = false;
      await read;

      const all = Array.from({ length: TOTAL }, (_, i) => i + 1);
      expect(seen).toEqual(all); // in order, every change once: nothing skipped
      const rows = await stores[1]!.db.selectFrom('records').select('seq').orderBy('seq').execute();
      expect(rows.map((r) => r.seq)).toEqual(all);
      const counter = await stores[1]!.db.selectFrom('team_counters').select('seq').executeTakeFirstOrThrow();
      expect(counter.seq).toBe(TOTAL);
    });

    it('concurrent edits of one record from two servers all land, each with its own seq', async () => {
      const team = await createTeam(stores[0]!.db, 'Team Zuid', new Date());
      const user = await addTestUser(stores[0]!, 'schrijver', [{ teamId: team.id }]);
      const apis = stores.map((store) => new TestApi({ store }));
      const first = new TestDevice();
      const token = await tokenFor(stores[0]!, user, first);
      const h = newHousehold(first, team.id);
      await apis[0]!.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [h.mutation] }, token);

      const devices = Array.from({ length: 6 }, () => new TestDevice());
      await Promise.all(
        devices.map(async (device, d) => {
          const token = await tokenFor(stores[0]!, user, device);
          for (let i = 0; i < 5; i++) {
            const m = device.put('households', h.id, { reportReason: `Versie ${d}.${i}` }, { teamId: team.id, baseRev: 1 });
            const answer = await apis[d % 2]!.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [m] }, token);
            expect(answer.body.results[0].status).toBe('applied');
          }
        }),
      );
      const rows = await stores[0]!.db.selectFrom('records').select(['seq', 'table_name']).orderBy('seq').execute();
      const seqs = rows.map((r) => r.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      const counter = await stores[0]!.db.selectFrom('team_counters').select('seq').executeTakeFirstOrThrow();
      expect(Math.max(...seqs)).toBe(counter.seq);
      // Every concurrent text that lost is kept: the household's text plus one conflict per loser.
      const conflicts = rows.filter((r) => r.table_name === 'conflicts').length;
      expect(conflicts).toBeGreaterThan(0);
    });
  },
);
