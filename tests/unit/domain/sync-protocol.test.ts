import { describe, expect, it } from 'vitest';
import {
  MAX_PULL_PAGE,
  MAX_PUSH_BATCH,
  DEFAULT_PULL_PAGE,
  mutationSchema,
  pullRequestSchema,
  pushRequestSchema,
  syncRecordSchema,
  PROTOCOL_VERSION,
} from '../../../src/domain/sync-protocol';
import { HOUSEHOLD, TEAM, mutation, stampAt, DEVICE_A } from './fixtures';

const valid = () => mutation({ changedFields: { label: 'Dorpsstraat 1', consent: 'gegeven' } });

describe('mutationSchema', () => {
  it('accepts a well-formed put and delete', () => {
    expect(mutationSchema.safeParse(valid()).success).toBe(true);
    expect(mutationSchema.safeParse(mutation({ op: 'delete' })).success).toBe(true);
  });

  it.each([
    ['a mutation id that is not a uuid', { mutationId: 'm-1' }],
    ['an upper-case uuid', { clientId: DEVICE_A.toUpperCase() }],
    ['a negative clientSeq', { clientSeq: -1 }],
    ['a fractional baseRev', { baseRev: 1.5 }],
    ['an unknown table', { table: 'users' }],
    ['a record id with a slash', { recordId: 'a/b' }],
    ['a missing household id (must be null when absent)', { householdId: undefined }],
    ['an unknown op', { op: 'patch' }],
    ['a nested field value', { changedFields: { label: { text: 'x' } } }],
    ['a list as field value', { changedFields: { members: ['a'] } }],
    ['a field name over 100 characters', { changedFields: { ['x'.repeat(101)]: 'x' } }],
    ['a bad stamp', { hlc: '2026-03-10T10:00:00Z' }],
    ['schema version 0', { schemaVersion: 0 }],
  ])('rejects %s', (_name, patch) => {
    expect(mutationSchema.safeParse({ ...valid(), ...patch }).success).toBe(false);
  });

  it('rejects a mutation with a field missing', () => {
    const { hlc: _hlc, ...withoutStamp } = valid();
    expect(mutationSchema.safeParse(withoutStamp).success).toBe(false);
  });

  it('says in Dutch what is wrong with an unknown table', () => {
    const issue = mutationSchema.safeParse({ ...valid(), table: 'users' }).error?.issues[0];
    expect(issue?.path).toEqual(['table']);
    expect(issue?.message).toBe('Onbekende tabel.');
  });
});

describe('pushRequestSchema', () => {
  it('takes 1 to MAX_PUSH_BATCH mutations', () => {
    const ok = (n: number) =>
      pushRequestSchema.safeParse({ protocolVersion: PROTOCOL_VERSION, mutations: Array.from({ length: n }, valid) }).success;
    expect(ok(1)).toBe(true);
    expect(ok(MAX_PUSH_BATCH)).toBe(true);
    expect(ok(0)).toBe(false);
    expect(ok(MAX_PUSH_BATCH + 1)).toBe(false);
  });

  it('rejects the batch when one mutation is malformed', () => {
    const mutations = [valid(), { ...valid(), hlc: 'nope' }];
    expect(pushRequestSchema.safeParse({ protocolVersion: PROTOCOL_VERSION, mutations }).success).toBe(false);
  });
});

describe('pullRequestSchema', () => {
  it('fills in the default page size and bounds it', () => {
    expect(pullRequestSchema.parse({ protocolVersion: 1, teamId: TEAM, cursor: 0 }).limit).toBe(DEFAULT_PULL_PAGE);
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, teamId: TEAM, cursor: 0, limit: MAX_PULL_PAGE + 1 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, teamId: TEAM, cursor: 0, limit: 0 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, teamId: TEAM, cursor: -1 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, teamId: 'team-1', cursor: 0 }).success).toBe(false);
  });
});

describe('syncRecordSchema', () => {
  it('accepts a record and rejects one with a bad stamp or nested value', () => {
    const record = {
      table: 'households',
      id: HOUSEHOLD,
      teamId: TEAM,
      householdId: null,
      fields: { label: 'Dorpsstraat 1' },
      stamps: { label: stampAt(0, DEVICE_A) },
      deleted: false,
      rev: 3,
    };
    expect(syncRecordSchema.safeParse(record).success).toBe(true);
    expect(syncRecordSchema.safeParse({ ...record, stamps: { label: 'x' } }).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...record, fields: { label: { a: 1 } } }).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...record, rev: -1 }).success).toBe(false);
  });
});
