import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain';
import { applyPushResults } from '../../../../src/client/db';
import {
  ackAll,
  createHousehold,
  demoHousehold,
  fieldsOf,
  openTab,
  outbox,
  remoteStamp,
  row,
  serverCopy,
} from './helpers';

const teamId = uuidv7();

describe('applyPushResults', () => {
  it('drops acknowledged mutations and merges the server record, including other devices\' fields', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const [entry] = await outbox(tab);
    const server = await serverCopy(tab, 'households', id, 8);
    // Another device chose the consent after our write reached the server.
    server.fields.consent = 'gegeven';
    server.stamps.consent = remoteStamp(Date.now() + 1000, 'other-device');

    await applyPushResults(tab.store, [{ mutationId: entry!.mutation.mutationId, status: 'applied', record: server }]);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 8 });
    expect(await fieldsOf(tab, 'households', id)).toEqual({ ...demoHousehold, consent: 'gegeven' });
  });

  it('treats a duplicate as acknowledged', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    const [entry] = await outbox(tab);
    await applyPushResults(tab.store, [
      { mutationId: entry!.mutation.mutationId, status: 'duplicate', record: await serverCopy(tab, 'households', id, 3) },
    ]);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 3 });
  });

  it('keeps a rejected mutation, marked rejected with the server\'s message, and the local value', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    await tab.households.update(id, { members: 'Geweigerd door de server' });
    await tab.households.update(id, { reportedBy: 'Wijkagent' });
    const [refused, accepted] = await outbox(tab);
    await applyPushResults(tab.store, [
      { mutationId: refused!.mutation.mutationId, status: 'rejected', code: 'forbidden', message: 'Je hoort niet (meer) bij dit team.' },
      { mutationId: accepted!.mutation.mutationId, status: 'applied', record: await serverCopy(tab, 'households', id, 5) },
    ]);
    expect(await outbox(tab)).toEqual([{ ...refused, status: 'rejected', error: 'Je hoort niet (meer) bij dit team.' }]);
    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Geweigerd door de server', reportedBy: 'Wijkagent' });
  });

  it('an acknowledgement does not overwrite a field that has a later unsent change', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await ackAll(tab);
    await tab.households.update(id, { members: 'Eerste versie' });
    const first = (await outbox(tab))[0]!.mutation;
    const answer = await serverCopy(tab, 'households', id, 6);
    await tab.households.update(id, { members: 'Tweede versie', reportReason: 'Ook nieuw' });

    await applyPushResults(tab.store, [{ mutationId: first.mutationId, status: 'applied', record: answer }]);

    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Tweede versie', reportReason: 'Ook nieuw' });
    const left = (await outbox(tab)).map((e) => e.mutation);
    expect(left).toHaveLength(1);
    expect(left[0]!.changedFields).toEqual({ members: 'Tweede versie', reportReason: 'Ook nieuw' });
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 6 });
  });

  it('handles several acknowledgements for one record in one answer', async () => {
    const tab = openTab();
    const id = await createHousehold(tab, teamId);
    await tab.households.update(id, { members: 'Na de eerste' });
    const [m1, m2] = (await outbox(tab)).map((e) => e.mutation);
    const final = await serverCopy(tab, 'households', id, 2);
    const afterFirst = { ...final, rev: 1, fields: { ...final.fields, members: demoHousehold.members }, stamps: { ...final.stamps, members: m1!.hlc } };
    await applyPushResults(tab.store, [
      { mutationId: m1!.mutationId, status: 'applied', record: afterFirst },
      { mutationId: m2!.mutationId, status: 'applied', record: final },
    ]);
    expect(await tab.db.outbox.count()).toBe(0);
    expect(await fieldsOf(tab, 'households', id)).toMatchObject({ members: 'Na de eerste' });
    expect(await row(tab, 'households', id)).toMatchObject({ rev: 2 });
  });
});
