import { toLocalIsoString, uuidv7 } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import type { CreateResult } from './households';
import { householdTarget, isFailure } from './household-target';

export interface HandoverInput {
  toName: string;
  toOrganisation?: string;
  byName?: string;
  note?: string;
  /** The handover this one follows, as this device sees it (previousForNewHandover). */
  previousId: string | null;
}

/** Naming the regisseur and handing over (overdracht): rows of their own, never overwritten. */
export class HandoverRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async handOver(householdId: string, input: HandoverInput): Promise<CreateResult> {
    const id = uuidv7();
    const target = await householdTarget(this.store, 'handovers', id, householdId);
    if (isFailure(target)) return target;
    const result = await this.store.put(target, { at: toLocalIsoString(this.now()), settled: false, ...input });
    return result.ok ? { ok: true, id } : result;
  }

  /** A worker saw that this handover lost to one made at the same time, and let it be. */
  settle(id: string): Promise<WriteResult> {
    return this.store.update('handovers', id, { settled: true });
  }
}
