import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain';
import { createHousehold, fieldsOf, interleavingCodec, openTab, outbox } from './helpers';

const teamId = uuidv7();

describe('two tabs writing the same record', () => {
  it('retries a write that raced another tab, so neither field is lost', async () => {
    const { codec, once } = interleavingCodec();
    const tabA = openTab({ codec });
    const tabB = openTab({ name: tabA.db.name });
    const id = await createHousehold(tabA, teamId);

    // Tab A reads the record, then tab B commits a change before A's transaction opens.
    once(() => tabB.households.update(id, { members: 'Door tab B' }));
    expect(await tabA.households.update(id, { reportReason: 'Door tab A' })).toEqual({ ok: true });

    const fields = await fieldsOf(tabA, 'households', id);
    expect(fields).toMatchObject({ members: 'Door tab B', reportReason: 'Door tab A' });
    const mutations = (await outbox(tabA)).map((e) => e.mutation);
    expect(mutations.map((m) => m.changedFields)).toEqual([
      expect.objectContaining({ label: 'Lindelaan 12' }),
      { members: 'Door tab B' },
      { reportReason: 'Door tab A' },
    ]);
    // One device, one clock: both tabs share clientId and hand out distinct, rising stamps and seqs.
    expect(new Set(mutations.map((m) => m.clientId)).size).toBe(1);
    expect(mutations.map((m) => m.clientSeq)).toEqual([1, 2, 3]);
    expect(mutations[2]!.hlc > mutations[1]!.hlc).toBe(true);
    const stored = await tabA.db.records.get(['households', id]);
    expect(stored!.stamps.members).toBe(mutations[1]!.hlc);
    expect(stored!.stamps.reportReason).toBe(mutations[2]!.hlc);
    expect(stored!.version).toBe(3);
  });

  it('a racing write that changes the same field to the same value becomes a no-op on retry', async () => {
    const { codec, once } = interleavingCodec();
    const tabA = openTab({ codec });
    const tabB = openTab({ name: tabA.db.name });
    const id = await createHousehold(tabA, teamId);
    once(() => tabB.households.update(id, { members: 'Zelfde' }));
    expect(await tabA.households.update(id, { members: 'Zelfde' })).toEqual({ ok: true });
    expect((await outbox(tabA)).map((e) => e.mutation.changedFields)).toHaveLength(2);
  });

  it('two tabs creating the same map entry offline meet in one record', async () => {
    const { codec, once } = interleavingCodec();
    const tabA = openTab({ codec });
    const tabB = openTab({ name: tabA.db.name });
    const householdId = await createHousehold(tabA, teamId);
    once(() => tabB.mapEntries.update(householdId, 'netwerk', { experience: 'B schreef dit' }));
    expect(await tabA.mapEntries.update(householdId, 'netwerk', { situation: 'A schreef dit' })).toEqual({ ok: true });

    expect(await fieldsOf(tabA, 'mapEntries', `${householdId}.netwerk`)).toEqual({
      subdomainId: 'netwerk',
      contentVersion: '2026.1',
      experience: 'B schreef dit',
      situation: 'A schreef dit',
    });
    const changes = (await outbox(tabA)).filter((e) => e.mutation.table === 'mapEntries').map((e) => e.mutation.changedFields);
    // A's retry is an update now: it no longer repeats the creation fields B already wrote.
    expect(changes).toEqual([{ subdomainId: 'netwerk', contentVersion: '2026.1', experience: 'B schreef dit' }, { situation: 'A schreef dit' }]);
  });

  it('many concurrent writes from two tabs keep every field and never share a stamp', async () => {
    const tabA = openTab();
    const tabB = openTab({ name: tabA.db.name });
    const householdId = await createHousehold(tabA, teamId);
    // Eight writes queued per tab: a tab that retried at once lost every round while the other
    // tab's queue drained, and gave up after five attempts (see retry.ts).
    const topics = Array.from({ length: 16 }, (_, i) => `onderwerp-${i}`);
    const results = await Promise.all(
      topics.map((topic, i) => (i % 2 ? tabA : tabB).mapEntries.setTopic(householdId, 'praktisch', topic, true)),
    );
    expect(results.every((r) => r.ok)).toBe(true);

    const fields = await fieldsOf(tabA, 'mapEntries', `${householdId}.praktisch`);
    for (const topic of topics) expect(fields![`topic.${topic}`]).toBe(true);
    const mutations = (await outbox(tabA)).map((e) => e.mutation).filter((m) => m.table === 'mapEntries');
    const changedTopics = mutations.flatMap((m) => Object.keys(m.changedFields as object).filter((f) => f.startsWith('topic.')));
    expect(changedTopics.sort()).toEqual(topics.map((t) => `topic.${t}`).sort());
    const all = (await outbox(tabA)).map((e) => e.mutation);
    expect(new Set(all.map((m) => m.hlc)).size).toBe(all.length);
    expect(new Set(all.map((m) => m.clientSeq)).size).toBe(all.length);
    // The outbox order (commit order) is also stamp order and seq order.
    expect(all.map((m) => m.hlc)).toEqual([...all.map((m) => m.hlc)].sort());
    expect(all.map((m) => m.clientSeq)).toEqual([...all.map((m) => m.clientSeq)].sort((a, b) => a - b));
  });

  it('the first write of two fresh tabs agrees on one device identity', async () => {
    const tabA = openTab();
    const tabB = openTab({ name: tabA.db.name });
    await Promise.all([createHousehold(tabA, teamId), createHousehold(tabB, teamId, { label: 'Eikenlaan 9' })]);
    const mutations = (await outbox(tabA)).map((e) => e.mutation);
    expect(mutations).toHaveLength(2);
    expect(mutations[0]!.clientId).toBe(mutations[1]!.clientId);
    expect(mutations[0]!.hlc).not.toBe(mutations[1]!.hlc);
  });
});
