/** Small builders shared by the domain tests: stable ids, stamps and mutations. */
import { formatHlc, type Hlc } from '../../../src/domain/hlc';
import { SCHEMA_VERSION, type Mutation } from '../../../src/domain/sync-protocol';

/** A deterministic UUIDv7-shaped id: `n` in the last 12 hex digits, `kind` in the first group. */
export function fixedUuid(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const TEAM = fixedUuid(0x7ea, 1);
export const HOUSEHOLD = fixedUuid(0x40, 1);
export const DEVICE_A = fixedUuid(0xde, 0xa);
export const DEVICE_B = fixedUuid(0xde, 0xb);
export const T0 = 1_760_000_000_000;

export function stampAt(offsetMs: number, node: string, counter = 0): Hlc {
  return formatHlc({ wallMs: T0 + offsetMs, counter, node });
}

let mutationCount = 0;

/** A put on the household record by default; override what the test is about. */
export function mutation(overrides: Partial<Mutation> = {}): Mutation {
  const clientId = overrides.clientId ?? DEVICE_A;
  mutationCount += 1;
  return {
    mutationId: fixedUuid(0x3, mutationCount),
    clientId,
    clientSeq: mutationCount,
    table: 'households',
    recordId: HOUSEHOLD,
    teamId: TEAM,
    householdId: null,
    op: 'put',
    changedFields: {},
    hlc: stampAt(mutationCount, clientId),
    baseRev: 0,
    schemaVersion: SCHEMA_VERSION,
    ...overrides,
  };
}
