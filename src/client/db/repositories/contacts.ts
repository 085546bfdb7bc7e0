import { answerField, isUntouchedContact, toLocalIsoString, uuidv7, type Channel, type Fields } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import { householdGone } from './household-target';
import type { CreateResult } from './households';

export class ContactRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly contentVersion: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Start a contact moment; what the content looked like then is remembered with it. */
  async start(householdId: string, channel: Channel): Promise<CreateResult> {
    const household = await this.store.db.records.get(['households', householdId]);
    if (!household || household.deleted) {
      return householdGone;
    }
    const id = uuidv7();
    const result = await this.store.put(
      { table: 'contacts', id, teamId: household.teamId, householdId },
      { channel, startedAt: toLocalIsoString(this.now()), contentVersion: this.contentVersion },
    );
    return result.ok ? { ok: true, id } : result;
  }

  /** `seen`: what the form showed for these fields (see RecordStore.put). */
  update(id: string, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    return this.store.update('contacts', id, changes, seen);
  }

  /**
   * Remove a contact that holds nothing but its channel and start (a wrong tap). Returns false,
   * and keeps it, when anything was recorded in it meanwhile, here or on another device.
   */
  async removeIfUntouched(id: string): Promise<boolean> {
    const stored = await this.store.db.records.get(['contacts', id]);
    if (!stored) return false;
    const target = { table: 'contacts' as const, id, teamId: stored.teamId, householdId: stored.householdId };
    return this.store.delete(target, (current) => isUntouchedContact(Object.keys(current.stamps)));
  }

  answer(id: string, questionId: string, text: string): Promise<WriteResult> {
    return this.update(id, { [answerField(questionId)]: text });
  }
}
