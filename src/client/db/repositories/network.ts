import { localDay, snapshotOf, uuidv7, type Fields, type NetworkSnapshotPerson, type RelationKind, type TieKind } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import type { CreateResult } from './households';
import { householdTarget, isFailure } from './household-target';

/** The resident's network (the ecogram): people as rows, and dated versions of the whole map. */
export class NetworkRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async addPerson(householdId: string, person: { name: string; relation: RelationKind; tie: TieKind } & Record<string, unknown>): Promise<CreateResult> {
    const id = uuidv7();
    const target = await householdTarget(this.store, 'networkPeople', id, householdId);
    if (isFailure(target)) return target;
    const result = await this.store.put(target, { addedOn: localDay(this.now()), ...person });
    return result.ok ? { ok: true, id } : result;
  }

  /** `seen`: what the form showed for these fields (see RecordStore.put). */
  updatePerson(id: string, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    return this.store.update('networkPeople', id, changes, seen);
  }

  async removePerson(id: string): Promise<void> {
    const stored = await this.store.db.records.get(['networkPeople', id]);
    if (stored) await this.store.delete({ table: 'networkPeople', id, teamId: stored.teamId, householdId: stored.householdId });
  }

  /** Keep the map as it is today, to show later how the network grew ("toen en nu"). */
  async keepVersion(householdId: string, people: readonly NetworkSnapshotPerson[], takenOn = localDay(this.now())): Promise<CreateResult> {
    const id = uuidv7();
    const target = await householdTarget(this.store, 'networkVersions', id, householdId);
    if (isFailure(target)) return target;
    const result = await this.store.put(target, { takenOn, people: snapshotOf(people) });
    return result.ok ? { ok: true, id } : result;
  }
}
