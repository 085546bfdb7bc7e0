import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isEnvelope } from '../../../../src/client/crypto/envelope';
import { createDataKey, unlockWith } from '../../../../src/client/crypto/key-ring';
import { afterUnlock, createSealedCodec, getHousehold, listHouseholdSummaries, readSession, saveSession, SEALED_KEY, sealLegacy } from '../../../../src/client/db';
import { uuidv7 } from '../../../../src/domain';
import { eventually } from '../../../support/eventually';
import { createHousehold, openTab } from './helpers';

const teamId = uuidv7();
const canary = 'Canary Lindelaan 12';

describe('sealing the data written before encryption at rest', () => {
  it('seals every plain record, summary, outbox entry and the session after unlock; then plain is refused', async () => {
    // A database from before this change: everything plain, and no "sealed" mark.
    const name = `legacy-${uuidv7()}`;
    const before = openTab({ name });
    const householdId = await createHousehold(before, teamId, { label: canary, members: 'Oma', reportedBy: 'Buren', reportReason: 'Zorgen' });
    await saveSession(before.db, { token: 't', user: { id: 'u1', username: 'jan', displayName: 'Jan de Vries' }, teams: [{ id: teamId, name: 'Noord', role: 'medewerker' }] });
    await before.db.meta.delete(SEALED_KEY);
    before.db.close();

    const codec = createSealedCodec();
    const tab = openTab({ name, codec });
    await unlockWith(createDataKey());
    await afterUnlock(tab.store);
    expect(codec.acceptPlain).toBe(true); // readers accept plain rows until they are sealed
    expect((await getHousehold(tab.store, householdId))?.label).toBe(canary);
    await sealLegacy(tab.store);

    const dump = JSON.stringify([await tab.db.records.toArray(), await tab.db.summaries.toArray(), await tab.db.outbox.toArray(), await tab.db.meta.toArray()]);
    expect(dump).not.toContain('Lindelaan');
    expect(dump).not.toContain('Jan de Vries');
    expect((await tab.db.records.toArray()).every((r) => isEnvelope(r.payload))).toBe(true);
    expect((await tab.db.outbox.toArray()).every((e) => isEnvelope(e.mutation.changedFields) && e.fieldNames!.length > 0)).toBe(true);
    expect(codec.acceptPlain).toBe(false);
    expect((await tab.db.meta.get(SEALED_KEY))?.value).toBe(true);

    // Everything still reads, through the codec.
    expect((await getHousehold(tab.store, householdId))?.label).toBe(canary);
    expect((await listHouseholdSummaries(tab.store, teamId, '2026-03-20'))!.map((h) => h.label)).toEqual([canary]);
    expect((await readSession(tab.db))?.user.displayName).toBe('Jan de Vries');

    // A plain row appearing now (a downgrade, or a bug) fails loudly.
    const row = (await tab.db.records.get(['households', householdId]))!;
    await tab.db.records.put({ ...row, payload: { label: 'plain' } });
    await expect(getHousehold(tab.store, householdId)).rejects.toThrow(/plain value/);
  });
  it('starts the pass by itself after an unlock (its code loads only then)', async () => {
    const name = `legacy-${uuidv7()}`;
    const before = openTab({ name });
    await createHousehold(before, teamId, { label: canary, members: '', reportedBy: '', reportReason: '' });
    await before.db.meta.delete(SEALED_KEY);
    before.db.close();

    const codec = createSealedCodec();
    const tab = openTab({ name, codec });
    await unlockWith(createDataKey());
    await afterUnlock(tab.store);
    await eventually(async () => expect((await tab.db.meta.get(SEALED_KEY))?.value).toBe(true));
    expect((await tab.db.records.toArray()).every((r) => isEnvelope(r.payload))).toBe(true);
    expect(codec.acceptPlain).toBe(false);
  });
});
