import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyPushResults, clearSending, markSending } from '../../../../src/client/db';
import { createHousehold, openTab, outbox } from './helpers';

const teamId = '01900000-0000-7000-8000-000000000001';

describe('outbox folding while a worker types', () => {
  it('folds changes of the same fields of the same record into the newest entry', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { reportReason: 'Zorgen' });
    const [, first] = await outbox(tab);
    await tab.households.update(id, { reportReason: 'Zorgen over de huur' });
    await tab.households.update(id, { reportReason: 'Zorgen over de huur en de post' });
    const entries = await outbox(tab);
    expect(entries).toHaveLength(2);
    const folded = entries[1]!.mutation;
    expect(folded.mutationId).toBe(first!.mutation.mutationId);
    expect(folded.changedFields).toEqual({ reportReason: 'Zorgen over de huur en de post' });
    expect(folded.hlc > first!.mutation.hlc).toBe(true);
    const record = await tab.store.read('households', id);
    expect(record!.stamps.reportReason).toBe(folded.hlc);
  });

  it('starts a new entry for other fields, another record, or when the newest entry is older', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Een' });
    await tab.households.update(id, { members: 'Een', reportedBy: 'Buren' });
    await tab.households.update(id, { members: 'Twee' });
    await tab.households.update(id, { reportedBy: 'Wijkagent' });
    await tab.households.update(id, { members: 'Drie' });
    const fields = (await outbox(tab)).map((e) => e.mutation.changedFields);
    expect(fields).toEqual([
      expect.objectContaining({ label: expect.any(String) }),
      { members: 'Een' },
      { reportedBy: 'Buren' },
      { members: 'Twee' },
      { reportedBy: 'Wijkagent' },
      { members: 'Drie' },
    ]);
  });

  it('never folds into entries on their way to the server, so an acknowledgement cannot drop a newer text', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { reportReason: 'Versie 1' });
    const inFlight = await outbox(tab);
    await markSending(tab.db, inFlight);
    await tab.households.update(id, { reportReason: 'Versie 2, getypt tijdens het versturen' });
    expect(await outbox(tab)).toHaveLength(3);

    // The server acknowledges what was sent: the newer text must stay queued.
    const sent = inFlight.map((e) => e.mutation);
    const record = await tab.store.read('households', id);
    await applyPushResults(
      tab.store,
      sent.map((m) => ({
        mutationId: m.mutationId,
        status: 'applied' as const,
        record: {
          ...record!,
          fields: { ...record!.fields, reportReason: 'Versie 1' },
          stamps: { ...record!.stamps, reportReason: m.hlc },
          rev: 7,
        },
      })),
    );
    await clearSending(tab.db);
    const left = await outbox(tab);
    expect(left.map((e) => e.mutation.changedFields)).toEqual([{ reportReason: 'Versie 2, getypt tijdens het versturen' }]);
    expect((await tab.store.read('households', id))!.fields.reportReason).toBe('Versie 2, getypt tijdens het versturen');

    // Once nothing is in flight, typing folds again.
    await tab.households.update(id, { reportReason: 'Versie 3' });
    expect(await outbox(tab)).toHaveLength(1);
  });
});
