import type { TableName } from '../../../../src/domain/records/tables';

/** A record's key in the simulated stores: one namespace for every table. */
export type RecordKey = `${TableName}/${string}`;

export const recordKey = (table: TableName, id: string): RecordKey => `${table}/${id}`;

/** Deterministic UUIDv7-shaped ids, so a failing schedule replays identically. */
export class IdMaker {
  private count = 0;
  constructor(private readonly kind: number) {}

  next(): string {
    this.count += 1;
    return `${this.kind.toString(16).padStart(8, '0')}-0000-7000-8000-${this.count.toString(16).padStart(12, '0')}`;
  }
}
