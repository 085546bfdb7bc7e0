import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/server/store/open-store';
import { TestDevice } from '../../tests/server/helpers/devices';
import { createBenchTeam, fictionalMutations, pushAll } from '../../tests/bench/measures/sync/fictional-team';
const pg = process.env.PG;
const dir = await mkdtemp(join(tmpdir(), 'prof-'));
const store = pg ? await openStore({ databaseUrl: pg, pgSchema: `prof_${process.pid}` }) : await openStore({ sqliteFile: join(dir, 'v.sqlite') });
const team = await createBenchTeam(store);
const ms = fictionalMutations(team.teamId, 10200, new TestDevice());
await pushAll(store, team.actor, ms.slice(0, 200));
const t = performance.now();
await pushAll(store, team.actor, ms.slice(200));
console.log('push/s', 10000 / ((performance.now() - t) / 1000));
if (pg) { const { sql } = await import('kysely'); await sql`drop schema ${sql.id(`prof_${process.pid}`)} cascade`.execute(store.db); }
await store.close();
