import { describe, expect, it } from 'vitest';
import { MAX_PLAN_TERM_DAYS, planTermStatus } from '../../../../src/domain/rules/planning';

describe('planTermStatus', () => {
  const contact = '2026-03-10T14:00:00+01:00';

  it('accepts the day of the contact and up to two weeks after it', () => {
    expect(planTermStatus(contact, '2026-03-10')).toBe('ok');
    expect(planTermStatus(contact, '2026-03-17')).toBe('ok');
    expect(planTermStatus(contact, '2026-03-24')).toBe('ok');
    expect(MAX_PLAN_TERM_DAYS).toBe(14);
  });

  it('flags a term of more than two weeks', () => {
    expect(planTermStatus(contact, '2026-03-25')).toBe('too-late');
    expect(planTermStatus(contact, '2027-01-01')).toBe('too-late');
  });

  it('flags a date before the contact', () => {
    expect(planTermStatus(contact, '2026-03-09')).toBe('in-past');
  });

  it('counts from the local day of the contact, not its UTC day', () => {
    // 00:30 local on 10 March is still 9 March in UTC.
    expect(planTermStatus('2026-03-10T00:30:00+01:00', '2026-03-24')).toBe('ok');
    expect(planTermStatus('2026-03-10T00:30:00+01:00', '2026-03-09')).toBe('in-past');
  });

  it('counts calendar days across month ends, leap days and clock changes', () => {
    expect(planTermStatus('2028-02-20T10:00:00+01:00', '2028-03-05')).toBe('ok');
    expect(planTermStatus('2028-02-20T10:00:00+01:00', '2028-03-06')).toBe('too-late');
    // Summer time starts on 29 March 2026 in the Netherlands.
    expect(planTermStatus('2026-03-20T10:00:00+01:00', '2026-04-03')).toBe('ok');
    expect(planTermStatus('2026-03-20T10:00:00+01:00', '2026-04-04')).toBe('too-late');
  });

  it('rejects input that is not a calendar date', () => {
    expect(() => planTermStatus(contact, 'volgende week')).toThrow(RangeError);
    expect(() => planTermStatus(contact, '2026-02-30')).toThrow(RangeError);
  });
});
