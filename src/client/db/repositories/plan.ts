import {
  defaultCare,
  defaultDueDate,
  goalSubdomainField,
  localDay,
  monitorProblem,
  uuidv7,
  type ActorKind,
  type Fields,
} from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import type { CreateResult } from './households';
import { householdTarget, isFailure } from './household-target';

export interface NewAction {
  what: string;
  whoKind: ActorKind;
  whoPersonId?: string | null;
  whoName?: string;
  dueDate?: string | null;
  monitor?: string;
  [field: string]: unknown;
}

/**
 * The household's plan: goals in the resident's words, and actions under them. Each is a row of
 * its own, so two workers adding to one plan offline never collide.
 */
export class PlanRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return localDay(this.now());
  }

  async addGoal(householdId: string, words: string, subdomainIds: readonly string[] = [], replacesId: string | null = null): Promise<CreateResult> {
    const id = uuidv7();
    const target = await householdTarget(this.store, 'goals', id, householdId);
    if (isFailure(target)) return target;
    const subdomains = Object.fromEntries(subdomainIds.map((s) => [goalSubdomainField(s), true]));
    const result = await this.store.put(target, { words, status: 'actief', createdOn: this.today(), replacesId, ...subdomains });
    return result.ok ? { ok: true, id } : result;
  }

  /** `seen`: what the form showed for these fields (see RecordStore.put). */
  updateGoal(id: string, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    const dated = 'status' in changes ? { statusOn: this.today(), ...changes } : changes;
    return this.store.update('goals', id, dated, seen);
  }

  /** A goal that changed is kept as it was (status `veranderd`) and followed by the new wording. */
  async changeGoal(householdId: string, id: string, words: string, subdomainIds: readonly string[]): Promise<CreateResult> {
    const added = await this.addGoal(householdId, words, subdomainIds, id);
    if (!added.ok) return added;
    const marked = await this.updateGoal(id, { status: 'veranderd' });
    return marked.ok ? added : marked;
  }

  markNudgeAsked(goalId: string): Promise<WriteResult> {
    return this.store.update('goals', goalId, { nudgeAsked: true });
  }

  /** Add an action: due in two weeks unless told, and a date further away needs who monitors it. */
  async addAction(householdId: string, goalId: string, action: NewAction, id: string = uuidv7()): Promise<CreateResult> {
    const createdOn = this.today();
    const fields = {
      goalId,
      status: 'open',
      createdOn,
      care: defaultCare(action.whoKind),
      reach: 'individueel',
      whoPersonId: null,
      whoName: '',
      monitor: '',
      ...action,
      dueDate: action.dueDate === undefined ? defaultDueDate(createdOn) : action.dueDate,
    };
    const problem = monitorProblem(fields);
    if (problem) return { ok: false, errors: [{ field: 'monitor', message: problem }] };
    const target = await householdTarget(this.store, 'planActions', id, householdId);
    if (isFailure(target)) return target;
    const result = await this.store.put(target, fields);
    return result.ok ? { ok: true, id } : result;
  }

  /**
   * Change an action. A date moved further than two weeks from when it was agreed is refused
   * until someone is named who monitors it ("wie gaat dat bewaken?"); the rest is kept.
   */
  async updateAction(id: string, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    const stored = await this.store.read('planActions', id);
    if (stored && ('dueDate' in changes || 'monitor' in changes)) {
      const merged = { ...stored.fields, ...changes };
      const problem = monitorProblem({
        createdOn: String(merged.createdOn),
        dueDate: typeof merged.dueDate === 'string' ? merged.dueDate : null,
        monitor: typeof merged.monitor === 'string' ? merged.monitor : '',
      });
      if (problem) return { ok: false, errors: [{ field: 'monitor', message: problem }] };
    }
    const dated = 'feedback' in changes && !('feedbackOn' in changes) ? { ...changes, feedbackOn: this.today() } : changes;
    return this.store.update('planActions', id, dated, seen);
  }

  async removeAction(id: string): Promise<void> {
    const stored = await this.store.db.records.get(['planActions', id]);
    if (stored) await this.store.delete({ table: 'planActions', id, teamId: stored.teamId, householdId: stored.householdId });
  }
}
