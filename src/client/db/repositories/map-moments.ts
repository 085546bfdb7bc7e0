import { localDay, residentScoreField, uuidv7, workerScoreField } from '../../../domain';
import type { RecordStore } from '../record-store';
import type { CreateResult } from './households';
import { householdTarget, isFailure } from './household-target';

/** Dated moments of the leefgebiedenkaart's scores, for progress over time. */
export class MapMomentRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Keep the scores as they stand today; the live map goes on from these answers. */
  async keep(householdId: string, entries: readonly { subdomainId: string; scoreResident: number | null; scoreWorker: number | null }[]): Promise<CreateResult> {
    const id = uuidv7();
    const target = await householdTarget(this.store, 'mapMoments', id, householdId);
    if (isFailure(target)) return target;
    const scores: Record<string, number | null> = {};
    for (const e of entries) {
      scores[residentScoreField(e.subdomainId)] = e.scoreResident;
      scores[workerScoreField(e.subdomainId)] = e.scoreWorker;
    }
    const result = await this.store.put(target, { takenOn: localDay(this.now()), ...scores });
    return result.ok ? { ok: true, id } : result;
  }
}
