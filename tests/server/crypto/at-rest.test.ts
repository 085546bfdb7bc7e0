/**
 * A stolen database file or dump holds no typed text: record contents, conflicts and the
 * mutation log are sealed with the data key, which lives outside the database. And the key can
 * be rotated, also when the walk is cut off half-way, while another process keeps working.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/server/admin/run-cli';
import { prepareDataKey } from '../../../src/server/crypto/at-start';
import { loadDataKeys, newDataKeyText, readKeyFile, writeKeyFile } from '../../../src/server/crypto/key-source';
import { countNotCurrent, reencryptRecords } from '../../../src/server/crypto/reencrypt';
import { silentLogger } from '../../../src/server/log';
import { openStore, type Store } from '../../../src/server/store/open-store';
import { pullChanges } from '../../../src/server/sync/pull';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { dropPgSchema, hasPostgres, newPgSchemaName } from '../helpers/stores';

const CANARY = 'Kanarie-Zwaluwstraat-8123';

interface Place {
  name: string;
  open(keyFile: string): Promise<Store>;
  /** Every byte of the database as text (SQLite: the files; PostgreSQL: every row of every table). */
  dump(): Promise<string>;
  remove(): Promise<void>;
}

function sqlitePlace(dir: string): Place {
  const file = join(dir, 'voordeur.sqlite');
  return {
    name: 'SQLite',
    open: (keyFile) => openStore({ sqliteFile: file, dataKeys: () => loadDataKeys({ VOORDEUR_DATA_KEY_FILE: keyFile }) }),
    dump: async () =>
      readdirSync(dir)
        .filter((name) => name.startsWith('voordeur.sqlite'))
        .map((name) => readFileSync(join(dir, name)).toString('latin1'))
        .join('\n'),
    remove: async () => {},
  };
}

function postgresPlace(): Place {
  const schema = newPgSchemaName();
  let last: Store | undefined;
  return {
    name: 'PostgreSQL',
    open: async (keyFile) =>
      (last = await openStore({
        databaseUrl: process.env.TEST_DATABASE_URL,
        pgSchema: schema,
        dataKeys: () => loadDataKeys({ VOORDEUR_DATA_KEY_FILE: keyFile }),
      })),
    dump: async () => {
      const store = last!;
      const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = ${schema}`.execute(store.db);
      const texts: string[] = [];
      for (const { table_name } of tables.rows) {
        const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table_name)} t`.execute(store.db);
        texts.push(...rows.rows.map((r) => r.row));
      }
      return texts.join('\n');
    },
    remove: () => dropPgSchema(schema),
  };
}

const places: { name: string; make: (dir: string) => Place }[] = [
  { name: 'SQLite', make: sqlitePlace },
  ...(hasPostgres ? [{ name: 'PostgreSQL', make: () => postgresPlace() }] : []),
];

describe.each(places)('the server database at rest on $name', ({ make }) => {
  let dir: string;
  let place: Place;
  let keyFile: string;
  const open: Store[] = [];
  const openStoreHere = async () => {
    const store = await place.open(keyFile);
    open.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voordeur-at-rest-'));
    place = make(dir);
    keyFile = join(dir, 'keys', 'data-key');
    writeKeyFile(keyFile, [newDataKeyText()]);
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => {});
    await place.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A household, a contact moment and a conflict ("twee versies"), each holding the canary. */
  async function pushCanaries(store: Store) {
    const teams = await twoTeams(store);
    const anna = { userId: teams.anna, deviceSessionId: null };
    const phone = new TestDevice(Date.now() + 1000);
    const tablet = new TestDevice(Date.now() + 2000);
    const h = newHousehold(phone, teams.teamA.id, `${CANARY} huis`);
    const contacts = Array.from({ length: 12 }, (_, i) => newContact(phone, teams.teamA.id, h.id, `${CANARY} notitie ${i}`));
    await pushMutations(store, anna, [h.mutation, ...contacts.map((c) => c.mutation)]);
    const target = { teamId: teams.teamA.id, baseRev: 1 };
    await pushMutations(store, anna, [tablet.put('households', h.id, { reportReason: 'Post stapelt zich op.' }, target)]);
    const [lost] = await pushMutations(store, anna, [phone.put('households', h.id, { reportReason: `${CANARY} melding` }, target)]);
    expect(lost).toMatchObject({ status: 'applied' });
    expect(await store.db.selectFrom('records').select('id').where('table_name', '=', 'conflicts').execute()).toHaveLength(1);
    return { teams, anna, household: h };
  }

  async function pulledTexts(store: Store, teamId: string, userId: string): Promise<string> {
    const outcome = await pullChanges(store, { userId, deviceSessionId: null }, { teamId, cursor: 0, limit: 500 });
    if (!outcome.ok) throw new Error(outcome.reason);
    return JSON.stringify(outcome.response.records);
  }

  it('holds no typed text after pushes, and gives it back to a pull', async () => {
    const store = await openStoreHere();
    const { teams } = await pushCanaries(store);
    expect(await pulledTexts(store, teams.teamA.id, teams.anna)).toContain(`${CANARY} melding`);
    const dumped = await place.dump();
    await store.close();
    const onDisk = `${dumped}\n${await place.dump().catch(() => '')}`;
    expect(onDisk.includes('Kanarie'), 'typed text in the database').toBe(false);
    // The check would see it: the key id is there, in every sealed row.
    expect(onDisk.includes(`v1:${store.sealer.ring.current.id}:`)).toBe(true);
  });

  it('rotates the key: cut off half-way and run again, while another process reads and writes', async () => {
    const store = await openStoreHere();
    const { teams, anna, household } = await pushCanaries(store);
    const oldId = store.sealer.ring.current.id;
    // Another server process, started before the rotation: it only knows the old key.
    const other = await openStoreHere();

    const lines: string[] = [];
    const env = { VOORDEUR_DATA_KEY_FILE: keyFile };
    // The first run writes the new key and is cut off after its first chunk.
    let stops = 0;
    const cutOff = () => {
      stops += 1;
      throw new Error('killed');
    };
    writeKeyFile(keyFile, [newDataKeyText(), readKeyFile(keyFile)[0]!.key.toString('base64')]);
    store.keys.ring.replace(readKeyFile(keyFile));
    await expect(reencryptRecords(store, { chunk: 4, afterChunk: cutOff })).rejects.toThrow('killed');
    expect(stops).toBe(1);
    const newId = store.sealer.ring.current.id;
    expect(newId).not.toBe(oldId);
    expect(await countNotCurrent(store)).toBeGreaterThan(0);

    // The other process meets rows under the new key: it reads the key file again and goes on.
    expect(await pulledTexts(other, teams.teamA.id, teams.anna)).toContain(`${CANARY} notitie 11`);
    await pushMutations(other, anna, [newContact(new TestDevice(), teams.teamA.id, household.id, 'Later bezoek.').mutation]);

    // The second run goes on with the same new key (the file holds it) and finishes the walk.
    expect(await runCli(['rotate-data-key'], { env, out: (l) => lines.push(l), store })).toBe(0);
    expect(readKeyFile(keyFile).map((k) => k.id)).toEqual([newId, oldId]);
    expect(lines.join('\n')).toMatch(/nog 0 onder een oude sleutel/);
    expect(await runCli(['rotate-data-key', 'finish'], { env, out: (l) => lines.push(l), store })).toBe(0);
    expect(readKeyFile(keyFile).map((k) => k.id)).toEqual([newId]);

    // A process started now has only the new key and reads everything.
    await other.close();
    const restarted = await openStoreHere();
    expect(restarted.sealer.ring.all.map((k) => k.id)).toEqual([newId]);
    const texts = await pulledTexts(restarted, teams.teamA.id, teams.anna);
    expect(texts).toContain(`${CANARY} melding`);
    expect(texts).toContain('Later bezoek.');
    expect((await place.dump()).includes(`v1:${oldId}:`), 'old ciphertext left').toBe(false);
  });

  it('a server without the key that sealed the rows refuses to start; plain rows from before are sealed at start', async () => {
    const store = await openStoreHere();
    const { teams } = await pushCanaries(store);
    await store.close();
    writeKeyFile(keyFile, [newDataKeyText()]);
    const stranger = await openStoreHere();
    await expect(prepareDataKey(stranger, silentLogger)).rejects.toThrow(/not configured/);
    await stranger.close();

    // A database from before encryption: rows hold plain JSON.
    writeKeyFile(keyFile, [newDataKeyText()]);
    const fresh = await openStoreHere();
    await fresh.db.deleteFrom('records').execute();
    const teamId = teams.teamA.id;
    await fresh.db
      .insertInto('records')
      .values({ id: '01890000-0000-7000-8000-0000000000aa', table_name: 'households', team_id: teamId, household_id: null, fields: JSON.stringify({ label: CANARY }), stamps: '{}', field_revs: '{}', deleted: 0, seq: 1, updated_at: new Date().toISOString() })
      .execute();
    await prepareDataKey(fresh, silentLogger);
    expect(await countNotCurrent(fresh)).toBe(0);
    expect(await pulledTexts(fresh, teamId, teams.anna)).toContain(CANARY);
    expect((await place.dump()).includes(CANARY), 'plain text left').toBe(false);
  });
});
