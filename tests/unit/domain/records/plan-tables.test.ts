import { describe, expect, it } from 'vitest';
import { validateFields } from '../../../../src/domain/records/validate';

describe('the plan tables validate with their schemas', () => {
  it('a goal needs the resident\'s words and may name subdomains', () => {
    const goal = { words: 'Ik wil Harrie weer zien.', status: 'actief', createdOn: '2026-07-01', 'subdomain.netwerk': true };
    expect(validateFields('goals', goal, true).ok).toBe(true);
    const empty = validateFields('goals', { ...goal, words: '  ' }, true);
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual(['Schrijf het doel op in de woorden van de bewoner.']);
    expect(validateFields('goals', { 'subdomain.Not An Id': true }, false).ok).toBe(false);
  });

  it('an action needs its goal, what, who and status; its choices are the method\'s', () => {
    const action = { goalId: 'g1', what: 'Bellen met DWI', whoKind: 'professional', status: 'open', createdOn: '2026-07-01' };
    expect(validateFields('planActions', action, true).ok).toBe(true);
    expect(validateFields('planActions', { supportLevel: 'intervenieren', care: 'formeel', reach: 'collectief' }, false).ok).toBe(true);
    expect(validateFields('planActions', { supportLevel: 'redden' }, false).ok).toBe(false);
    expect(validateFields('planActions', { whoKind: 'buurman' }, false).ok).toBe(false);
    const missing = validateFields('planActions', { what: 'x' }, true);
    expect(missing.ok).toBe(false);
  });

  it('a network person has a relation and a tie of the four', () => {
    const person = { name: 'Harrie', relation: 'familie', tie: 'verbroken', addedOn: '2026-07-01' };
    expect(validateFields('networkPeople', person, true).ok).toBe(true);
    expect(validateFields('networkPeople', { tie: 'gebroken' }, false).ok).toBe(false);
  });

  it('a handover names the new regisseur and when', () => {
    const handover = { toName: 'Jan', at: '2026-07-01T10:00:00+02:00', previousId: null };
    expect(validateFields('handovers', handover, true).ok).toBe(true);
    expect(validateFields('handovers', { ...handover, toName: '' }, true).ok).toBe(false);
    expect(validateFields('handovers', { at: '2026-07-01' }, false).ok).toBe(false);
  });
});

describe('a kernteam decision validates with its schema', () => {
  it('needs the meeting day and what was agreed; a to-do names an account', () => {
    const decision = { meetingOn: '2026-12-02', agreed: 'Anna belt de corporatie.', todoFor: 'anna', todoText: 'Bellen', todoDone: false };
    expect(validateFields('teamDecisions', decision, true).ok).toBe(true);
    const empty = validateFields('teamDecisions', { ...decision, agreed: '' }, true);
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual(['Schrijf op wat het kernteam heeft afgesproken.']);
    expect(validateFields('teamDecisions', { meetingOn: 'gisteren' }, false).ok).toBe(false);
    expect(validateFields('teamDecisions', { todoFor: 'x'.repeat(65) }, false).ok).toBe(false);
  });
});
