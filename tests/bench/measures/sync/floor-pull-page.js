// The floor page's script (plain browser JavaScript, served by floor-pull.ts next to Dexie's
// own browser build). window.runFloorPull logs in, then fetches the team's records in pages of
// the app's size and stores each page, with its cursor, in one strict transaction with one
// bulkPut. Resolves with the seconds from the login answer until the last page committed.
/* global Dexie, window */
window.runFloorPull = async function runFloorPull({ username, password, teamId, protocolVersion }) {
  // The same store shape and indexes as the app's records table, and the same durability.
  const db = new Dexie('floor', { chromeTransactionDurability: 'strict' });
  db.version(1).stores({
    records: '[table+id], [table+householdId], [table+teamId], householdId, touchedAt',
    meta: 'key',
  });
  async function post(path, body, token) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
    return response.json();
  }
  const login = await post('/api/auth/login', { protocolVersion, username, password, deviceLabel: 'Bench floor', clientId: crypto.randomUUID() });
  const started = performance.now();
  let cursor = 0;
  for (;;) {
    const page = await post('/api/sync/pull', { protocolVersion, teamId, cursor }, login.token);
    const rows = page.records.map((r) => ({
      table: r.table,
      id: r.id,
      teamId: r.teamId,
      householdId: r.householdId,
      payload: r.fields,
      stamps: r.stamps,
      deleted: r.deleted ? 1 : 0,
      rev: r.rev,
      touchedAt: Date.now(),
      version: 1,
    }));
    await db.transaction('rw', db.records, db.meta, async () => {
      await db.records.bulkPut(rows);
      await db.meta.put({ key: `cursor:${teamId}`, value: page.cursor });
    });
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { seconds: (performance.now() - started) / 1000, records: await db.records.count() };
};
