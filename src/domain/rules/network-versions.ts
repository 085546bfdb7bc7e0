import type { NetworkSnapshotPerson } from '../records/network-versions';
import type { TieKind } from '../records/network-people';

/** A copy of the network as it is now, for a dated version ("toen en nu"). */
export function snapshotOf(people: readonly NetworkSnapshotPerson[]): string {
  const rows = [...people]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, name, relation, tie }) => ({ id, name, relation, tie }));
  return JSON.stringify(rows);
}

/** The people of a stored version; an unreadable version reads as empty, never as a crash. */
export function readSnapshot(text: string): NetworkSnapshotPerson[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as NetworkSnapshotPerson[]) : [];
  } catch {
    return [];
  }
}

export interface NetworkChange {
  added: NetworkSnapshotPerson[];
  removed: NetworkSnapshotPerson[];
  tieChanged: { person: NetworkSnapshotPerson; from: TieKind; to: TieKind }[];
  unchanged: number;
}

/** How the network changed from one version to a later one (or to the map as it is now). */
export function compareNetworks(then: readonly NetworkSnapshotPerson[], now: readonly NetworkSnapshotPerson[]): NetworkChange {
  const before = new Map(then.map((p) => [p.id, p]));
  const after = new Map(now.map((p) => [p.id, p]));
  const change: NetworkChange = { added: [], removed: [], tieChanged: [], unchanged: 0 };
  for (const person of now) {
    const old = before.get(person.id);
    if (!old) change.added.push(person);
    else if (old.tie !== person.tie) change.tieChanged.push({ person, from: old.tie, to: person.tie });
    else change.unchanged += 1;
  }
  for (const person of then) if (!after.has(person.id)) change.removed.push(person);
  return change;
}

/** Versions oldest first, by their day and then their id (made on the same day: in order made). */
export function versionsInOrder<V extends { id: string; takenOn: string }>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => (a.takenOn === b.takenOn ? (a.id < b.id ? -1 : 1) : a.takenOn < b.takenOn ? -1 : 1));
}
