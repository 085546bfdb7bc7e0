import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { createDataLayer, readCursor, cursorKey } from '../../../../src/client/db';
import { dropTeamForResync } from '../../../../src/client/sync/resync';
import { uuidv7 } from '../../../../src/domain';

let n = 0;
async function deviceWithTwoTeams() {
  const data = createDataLayer({ name: `resync-${n++}`, contentVersion: CONTENT_VERSION });
  const [teamA, teamB] = [uuidv7(), uuidv7()];
  const form = (label: string) => ({ label, members: '', reportedBy: '', reportReason: '' });
  const a1 = await data.households.create(teamA, form('Kade 1'));
  const a2 = await data.households.create(teamA, form('Kade 2'));
  const b1 = await data.households.create(teamB, form('Plein 1'));
  if (!a1.ok || !a2.ok || !b1.ok) throw new Error('not created');
  await data.db.meta.put({ key: cursorKey(teamA), value: 42 });
  return { data, teamA, teamB, ids: { a1: a1.id, a2: a2.id, b1: b1.id } };
}

describe('dropTeamForResync', () => {
  it('drops nothing while a change to the team waits to be sent', async () => {
    const { data, teamA } = await deviceWithTwoTeams();
    expect(await dropTeamForResync(data, teamA)).toBe(false);
    expect(await data.db.records.count()).toBe(3);
    expect(await readCursor(data.db, teamA)).toBe(42);
  });

  it("drops only that team's records and resets its cursor once nothing waits", async () => {
    const { data, teamA, ids } = await deviceWithTwoTeams();
    await data.db.outbox.filter((e) => e.mutation.teamId === teamA).delete(); // as if pushed
    expect(await dropTeamForResync(data, teamA)).toBe(true);
    expect((await data.db.records.toArray()).map((r) => r.id)).toEqual([ids.b1]);
    expect(await readCursor(data.db, teamA)).toBe(0);
  });

  it('keeps a record whose change the server refused, so the refusal stays understandable', async () => {
    const { data, teamA, ids } = await deviceWithTwoTeams();
    const entries = await data.db.outbox.filter((e) => e.mutation.teamId === teamA).toArray();
    for (const entry of entries) {
      if (entry.mutation.recordId === ids.a1) await data.db.outbox.update(entry.seq!, { status: 'rejected', error: 'Geweigerd.' });
      else await data.db.outbox.delete(entry.seq!);
    }
    expect(await dropTeamForResync(data, teamA)).toBe(true);
    expect((await data.db.records.toArray()).map((r) => r.id).sort()).toEqual([ids.a1, ids.b1].sort());
  });
});
