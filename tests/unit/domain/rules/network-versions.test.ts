import { describe, expect, it } from 'vitest';
import { validateFields } from '../../../../src/domain/records/validate';
import { compareNetworks, readSnapshot, snapshotOf, versionsInOrder } from '../../../../src/domain/rules/network-versions';
import type { NetworkSnapshotPerson } from '../../../../src/domain/records/network-versions';

const harrie: NetworkSnapshotPerson = { id: 'p1', name: 'Harrie (zoon)', relation: 'familie', tie: 'verbroken' };
const church: NetworkSnapshotPerson = { id: 'p2', name: 'Vrijwilliger van de kerk', relation: 'vrijwilliger', tie: 'sterk' };
const spirit: NetworkSnapshotPerson = { id: 'p3', name: 'Spirit', relation: 'professional', tie: 'zwak' };

describe('map versions ("toen en nu")', () => {
  it('a snapshot reads back as it was, in a stable order, and passes the table schema', () => {
    const text = snapshotOf([church, harrie]);
    expect(readSnapshot(text)).toEqual([harrie, church]);
    expect(snapshotOf([harrie, church])).toBe(text);
    expect(validateFields('networkVersions', { takenOn: '2026-07-01', people: text }, true).ok).toBe(true);
  });

  it('the schema refuses a version that is not a list of people', () => {
    for (const people of ['{', '{"a":1}', JSON.stringify([{ id: 'x', name: 'A', relation: 'buur', tie: 'heel sterk' }])]) {
      expect(validateFields('networkVersions', { takenOn: '2026-07-01', people }, true).ok).toBe(false);
    }
  });

  it('an unreadable stored version reads as empty instead of breaking the screen', () => {
    expect(readSnapshot('not json')).toEqual([]);
  });

  it('shows how the network grew: who came, who went, whose tie changed', () => {
    const then = [harrie, church];
    const now = [{ ...harrie, tie: 'zwak' as const }, church, spirit];
    const change = compareNetworks(then, now);
    expect(change.added).toEqual([spirit]);
    expect(change.removed).toEqual([]);
    expect(change.tieChanged).toEqual([{ person: now[0], from: 'verbroken', to: 'zwak' }]);
    expect(change.unchanged).toBe(1);
    expect(compareNetworks(now, [church]).removed.map((p) => p.id)).toEqual(['p1', 'p3']);
  });

  it('orders versions by their day, oldest first', () => {
    const versions = [
      { id: 'b', takenOn: '2026-09-01' },
      { id: 'a', takenOn: '2026-07-01' },
      { id: 'c', takenOn: '2026-07-01' },
    ];
    expect(versionsInOrder(versions).map((v) => v.id)).toEqual(['a', 'c', 'b']);
  });
});
