import { uuidv7, type Fields, type HouseholdForm } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import type { Failure } from '../store-problems';

export type CreateResult = { ok: true; id: string } | Failure;

export class HouseholdRepository {
  constructor(private readonly store: RecordStore) {}

  async create(teamId: string, form: HouseholdForm): Promise<CreateResult> {
    const id = uuidv7();
    const result = await this.store.put(
      { table: 'households', id, teamId, householdId: null },
      { ...form, consent: 'onbekend' },
    );
    return result.ok ? { ok: true, id } : result;
  }

  /** `seen`: what the form showed for these fields (see RecordStore.put). */
  update(id: string, changes: Partial<HouseholdForm> & Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    return this.store.update('households', id, changes, seen);
  }

  /** Close the household on `day` (YYYY-MM-DD): the retention term counts from this day (server/sharing/retention.ts). */
  close(id: string, day: string): Promise<WriteResult> {
    return this.store.update('households', id, { closedOn: day });
  }

  /** Open a closed household again: retention no longer applies to it. */
  reopen(id: string): Promise<WriteResult> {
    return this.store.update('households', id, { closedOn: null });
  }

  /** Erase the household and everything about it, here and (through sync) on every device. */
  async erase(id: string): Promise<void> {
    const stored = await this.store.db.records.get(['households', id]);
    if (!stored) return;
    await this.store.delete({ table: 'households', id, teamId: stored.teamId, householdId: null });
  }
}
