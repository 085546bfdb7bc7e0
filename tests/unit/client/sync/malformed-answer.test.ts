import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { createDataLayer, cursorKey, readCursor } from '../../../../src/client/db';
import { MalformedAnswer } from '../../../../src/client/sync/answer';
import { failureMessage } from '../../../../src/client/sync/failure-message';
import type { ApiClient } from '../../../../src/client/sync/http';
import { pullTeam } from '../../../../src/client/sync/pull';
import { syncTexts } from '../../../../src/client/sync/texts';
import { uuidv7 } from '../../../../src/domain';

const answering = (answer: unknown): ApiClient => ({
  get: () => Promise.reject(new Error('not used')),
  post: <T>() => Promise.resolve(answer as T),
  put: () => Promise.reject(new Error('not used')),
});

describe('a malformed answer of the server', () => {
  it('leaves the store untouched and becomes the sync error people see', async () => {
    const data = createDataLayer({ name: `malformed-${uuidv7()}`, contentVersion: CONTENT_VERSION });
    const teamId = uuidv7();
    const made = await data.households.create(teamId, { label: 'Kade 1', members: '', reportedBy: '', reportReason: '' });
    if (!made.ok) throw new Error('not created');
    await data.db.meta.put({ key: cursorKey(teamId), value: 7 });
    const before = await data.db.records.toArray();
    const good = { table: 'households', id: uuidv7(), teamId, householdId: null, fields: { label: 'Plein 2' }, stamps: {}, deleted: false, rev: 9 };
    // The first record is fine; the second's field holds a list, which no field may hold.
    const page = { records: [good, { ...good, id: uuidv7(), fields: { label: ['x'] } }], cursor: 9, hasMore: false };

    const failure = await pullTeam(data, answering(page), 'token', teamId).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MalformedAnswer);
    expect((failure as Error).message).toMatch(/^Malformed pull answer from the server at records\.1\.fields/);
    expect(await data.db.records.toArray()).toEqual(before);
    expect(await readCursor(data.db, teamId)).toBe(7);
    expect(failureMessage(failure)).toBe(syncTexts.malformedAnswer);
  });

  it('is refused for a push answer too, before any result is applied', async () => {
    const data = createDataLayer({ name: `malformed-${uuidv7()}`, contentVersion: CONTENT_VERSION });
    const made = await data.households.create(uuidv7(), { label: 'Kade 1', members: '', reportedBy: '', reportReason: '' });
    if (!made.ok) throw new Error('not created');
    const { pushOutbox } = await import('../../../../src/client/sync/push');
    const failure = await pushOutbox(data, answering({ results: [{ mutationId: 'x', status: 'gedaan' }] }), 'token').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MalformedAnswer);
    expect(await data.db.outbox.where('status').equals('pending').count()).toBe(1);
  });
});
