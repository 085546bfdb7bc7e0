/**
 * Is this mutation allowed to touch this record? The server never trusts the ids a device
 * sends: the record must be of the same team and table, and a record that belongs to a
 * household must name a household of the same team. The messages never tell whether an id
 * exists in another team.
 */
import type { ServerRecord } from '../../domain/merge';
import { deviceMayCreateId } from '../../domain/ids';
import type { Mutation } from '../../domain/sync-protocol';
import { tables } from '../../domain/records/tables';
import { messages } from '../messages';
import { rejection, type Rejection } from './rejections';

export type Scope = { ok: true; householdDeleted: boolean } | { ok: false; rejection: Rejection };

const refuse = (r: Rejection): Scope => ({ ok: false, rejection: r });

/** `current` is the record the mutation names, `household` the one its householdId names (undefined when none). */
export function checkScope(m: Mutation, current: ServerRecord | undefined, household: ServerRecord | undefined): Scope {
  if (current && current.teamId !== m.teamId) return refuse(rejection('forbidden'));
  if (current && current.table !== m.table) return refuse(rejection('invalid', messages.otherTable));
  // Ids are global, so a new one must be one only this device's team could mean: not the
  // server's, and not derived from a household it does not name (another team's, perhaps).
  if (!current && !deviceMayCreateId(m.recordId, m.householdId)) return refuse(rejection('invalid', messages.idNotAllowed));
  if (!tables[m.table].inHousehold) {
    return m.householdId === null
      ? { ok: true, householdDeleted: false }
      : refuse(rejection('invalid', messages.householdIdNotAllowed));
  }
  if (m.householdId === null) return refuse(rejection('invalid', messages.householdIdRequired));
  if (current && current.householdId !== m.householdId) return refuse(rejection('household-mismatch'));
  if (!household || household.teamId !== m.teamId || household.table !== 'households') {
    return refuse(rejection('household-mismatch', messages.householdMissing));
  }
  return { ok: true, householdDeleted: household.deleted };
}
