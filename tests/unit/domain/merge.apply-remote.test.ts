import { describe, expect, it } from 'vitest';
import { applyLocal, applyRemote } from '../../../src/domain/merge';
import type { SyncRecord } from '../../../src/domain/sync-protocol';
import { DEVICE_A, DEVICE_B, HOUSEHOLD, TEAM, stampAt } from './fixtures';

function record(fields: SyncRecord['fields'], stamps: SyncRecord['stamps'], rev: number): SyncRecord {
  return { table: 'households', id: HOUSEHOLD, teamId: TEAM, householdId: null, fields, stamps, deleted: false, rev };
}

const a = (offset: number) => stampAt(offset, DEVICE_A);
const b = (offset: number) => stampAt(offset, DEVICE_B);

describe('applyRemote', () => {
  it('takes the remote record when there is no local copy', () => {
    const remote = record({ label: 'X' }, { label: b(1) }, 4);
    expect(applyRemote(undefined, remote)).toEqual(remote);
  });

  it('takes each field with the greater stamp and keeps local fields the server lacks', () => {
    const local = record({ label: 'lokaal', members: 'lokaal', consent: 'gegeven' }, { label: a(5), members: a(5), consent: a(5) }, 2);
    const remote = record({ label: 'server', members: 'server' }, { label: b(9), members: b(1) }, 3);
    expect(applyRemote(local, remote)).toEqual(
      record({ label: 'server', members: 'lokaal', consent: 'gegeven' }, { label: b(9), members: a(5), consent: a(5) }, 3),
    );
  });

  it('does not overwrite fields with unacknowledged local changes', () => {
    const local = record({ label: 'lokaal', members: 'lokaal' }, { label: a(5), members: a(5) }, 2);
    const remote = record({ label: 'server', members: 'server' }, { label: b(9), members: b(9) }, 3);
    const merged = applyRemote(local, remote, new Set(['members']));
    expect(merged.fields).toEqual({ label: 'server', members: 'lokaal' });
    expect(merged.stamps).toEqual({ label: b(9), members: a(5) });
  });

  it('does not move the revision past a newer write that a pending field hides', () => {
    // The device changed `members` (stamp a5, unpushed); the server has B's newer text at rev 3.
    // The device has not shown B's text, so its next change must still count as made on rev 2.
    const local = record({ label: 'oud', members: 'lokaal' }, { label: b(1), members: a(5) }, 2);
    const remote = record({ label: 'server', members: 'server' }, { label: b(9), members: b(9) }, 3);
    const merged = applyRemote(local, remote, new Set(['members']));
    expect(merged.fields).toEqual({ label: 'server', members: 'lokaal' });
    expect(merged.rev).toBe(2);
  });

  it('moves the revision when the pending field is not behind the server', () => {
    const local = record({ label: 'oud', members: 'lokaal' }, { label: b(1), members: a(5) }, 2);
    const ownEarlier = record({ label: 'server', members: 'eerder' }, { label: b(3), members: a(4) }, 3);
    expect(applyRemote(local, ownEarlier, new Set(['members'])).rev).toBe(3);
    const sameWrite = record({ label: 'server', members: 'lokaal' }, { label: b(3), members: a(5) }, 3);
    expect(applyRemote(local, sameWrite, new Set(['members'])).rev).toBe(3);
  });

  it('never lowers the revision', () => {
    const local = record({ label: 'nieuw' }, { label: b(9) }, 8);
    const stale = record({ label: 'oud' }, { label: b(1) }, 3);
    expect(applyRemote(local, stale)).toEqual(local);
  });

  it('turns the local copy into a tombstone without fields when the server deleted it', () => {
    const local = record({ label: 'lokaal' }, { label: a(5) }, 2);
    const tombstone = { ...record({}, {}, 6), deleted: true };
    expect(applyRemote(local, tombstone, new Set(['label']))).toEqual(tombstone);
    expect(applyRemote(undefined, tombstone)).toEqual(tombstone);
  });

  it('keeps a local tombstone when the server still has the record', () => {
    const deleted = { ...record({}, {}, 2), deleted: true };
    expect(applyRemote(deleted, record({ label: 'server' }, { label: b(9) }, 3))).toEqual(deleted);
  });

  it('converges whatever order the same server versions arrive in', () => {
    const local = record({ label: 'lokaal' }, { label: a(1) }, 1);
    const v2 = record({ label: 'twee', members: 'm2' }, { label: b(2), members: b(2) }, 2);
    const v3 = record({ label: 'drie', members: 'm2' }, { label: a(3), members: b(2) }, 3);
    expect(applyRemote(applyRemote(local, v2), v3)).toEqual(applyRemote(applyRemote(local, v3), v2));
  });
});

describe('applyLocal', () => {
  it('stamps exactly the changed fields', () => {
    const local = record({ label: 'X', members: 'Y' }, { label: b(1), members: b(1) }, 4);
    expect(applyLocal(local, { members: 'Z', consent: 'gegeven' }, a(2))).toEqual(
      record({ label: 'X', members: 'Z', consent: 'gegeven' }, { label: b(1), members: a(2), consent: a(2) }, 4),
    );
  });
});
