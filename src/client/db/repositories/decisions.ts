import { localDay, regisseurOf, uuidv7, type HandoverLink } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import type { CreateResult } from './households';
import { householdTarget, isFailure } from './household-target';
import type { HandoverRepository } from './handovers';
import type { PlanRepository } from './plan';

export interface DecisionInput {
  /** The day of the team meeting. */
  meetingOn: string;
  agreed: string;
  nextStepBy?: string;
  dueDate?: string | null;
  newRegisseur?: string;
  byName?: string;
  /** A to-do for one worker (account name) with its text; both or neither. */
  todoFor?: string | null;
  todoText?: string;
}

/** Who keeps an eye on a decision's action: the team that took it. */
export const TEAM_MONITOR = 'Kernteam';

/**
 * The kernteam's decisions. A decision is a row of its own (two devices never overwrite each
 * other's), and it lands in the household's plan as an action attributed to the meeting, and,
 * when the team names a new regisseur, as a handover. Each lands through the one write path.
 */
export class DecisionRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly plan: PlanRepository,
    private readonly handovers: HandoverRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(householdId: string, input: DecisionInput, currentHandovers: readonly HandoverLink[]): Promise<CreateResult> {
    const id = uuidv7();
    const actionId = uuidv7();
    const target = await householdTarget(this.store, 'teamDecisions', id, householdId);
    if (isFailure(target)) return target;
    const todoText = input.todoText?.trim() ?? '';
    const fields = {
      meetingOn: input.meetingOn,
      agreed: input.agreed,
      nextStepBy: input.nextStepBy ?? '',
      dueDate: input.dueDate ?? null,
      newRegisseur: input.newRegisseur?.trim() ?? '',
      byName: input.byName ?? '',
      actionId,
      todoFor: todoText ? (input.todoFor?.trim() ?? null) : null,
      todoText,
      todoDone: false,
      todoDoneOn: null,
    };
    // The decision first: it is what the team said, and the rest is derived from it.
    const saved = await this.store.put(target, fields);
    if (!saved.ok) return saved;
    const action = await this.plan.addAction(
      householdId,
      id,
      { what: input.agreed.slice(0, 600), whoKind: 'professional', whoName: input.nextStepBy ?? '', dueDate: input.dueDate ?? null, monitor: TEAM_MONITOR },
      actionId,
    );
    if (!action.ok) return action;
    if (fields.newRegisseur) {
      const handover = await this.handovers.handOver(householdId, {
        toName: fields.newRegisseur,
        byName: TEAM_MONITOR,
        note: input.agreed.slice(0, 2_000),
        previousId: regisseurOf(currentHandovers).current?.id ?? null,
      });
      if (!handover.ok) return handover;
    }
    return { ok: true, id };
  }

  /** The worker did what the team asked; the team sees it after the next sync. */
  markTodoDone(id: string, done = true): Promise<WriteResult> {
    return this.store.update('teamDecisions', id, { todoDone: done, todoDoneOn: done ? localDay(this.now()) : null });
  }
}

