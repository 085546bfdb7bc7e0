/** A simulated device that makes mutations the way the app does: its own client id and HLC. */
import { formatHlc, tick, initialHlc, type HlcState } from '../../../src/domain/hlc';
import { uuidv7 } from '../../../src/domain/ids';
import type { TableName } from '../../../src/domain/records/tables';
import type { Fields } from '../../../src/domain/records/validate';
import { SCHEMA_VERSION, type Mutation } from '../../../src/domain/sync-protocol';

export interface Target {
  teamId: string;
  householdId?: string | null;
  baseRev?: number;
}

export class TestDevice {
  readonly clientId = uuidv7();
  private clock: HlcState = initialHlc(this.clientId);
  private clientSeq = 0;

  constructor(private wallMs = Date.now()) {}

  put(table: TableName, recordId: string, changedFields: Fields, target: Target): Mutation {
    return this.mutation(table, recordId, 'put', changedFields, target);
  }

  delete(table: TableName, recordId: string, target: Target): Mutation {
    return this.mutation(table, recordId, 'delete', {}, target);
  }

  private mutation(table: TableName, recordId: string, op: Mutation['op'], changedFields: Fields, target: Target): Mutation {
    this.wallMs += 1;
    this.clock = tick(this.clock, this.wallMs);
    return {
      mutationId: uuidv7(),
      clientId: this.clientId,
      clientSeq: this.clientSeq++,
      table,
      recordId,
      teamId: target.teamId,
      householdId: target.householdId ?? null,
      op,
      changedFields,
      hlc: formatHlc(this.clock),
      baseRev: target.baseRev ?? 0,
      schemaVersion: SCHEMA_VERSION,
    };
  }
}

/** A household with the one field it needs. */
export function newHousehold(device: TestDevice, teamId: string, label = 'Dorpsstraat 1') {
  const id = uuidv7();
  return { id, mutation: device.put('households', id, { label }, { teamId }) };
}

export function newContact(device: TestDevice, teamId: string, householdId: string, note = '') {
  const id = uuidv7();
  const fields = { channel: 'huisbezoek', startedAt: '2026-03-02T10:00:00+01:00', note };
  return { id, mutation: device.put('contacts', id, fields, { teamId, householdId }) };
}
