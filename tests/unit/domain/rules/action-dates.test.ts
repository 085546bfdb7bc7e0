import { describe, expect, it } from 'vitest';
import { defaultDueDate, isOverdue, monitorProblem, needsMonitor } from '../../../../src/domain/rules/action-dates';
import { addDays, daysBetween } from '../../../../src/domain/rules/calendar';

describe('the 14-day default', () => {
  it('gives a new action the day two weeks from today', () => {
    expect(defaultDueDate('2026-07-01')).toBe('2026-07-15');
    expect(defaultDueDate('2026-12-25')).toBe('2027-01-08');
    expect(defaultDueDate('2028-02-20')).toBe('2028-03-05'); // leap year
  });

  it('counts calendar days, so a summer-time change does not shift the day', () => {
    expect(addDays('2026-03-20', 14)).toBe('2026-04-03');
    expect(daysBetween('2026-10-20T23:30:00+02:00', '2026-11-03')).toBe(14);
  });
});

describe('"wie gaat dat bewaken?"', () => {
  it('is asked only when the date is further than two weeks away', () => {
    expect(needsMonitor('2026-07-01', '2026-07-15')).toBe(false);
    expect(needsMonitor('2026-07-01', '2026-07-16')).toBe(true);
    expect(needsMonitor('2026-07-01', null)).toBe(false);
  });

  it('needs a name then, and a name of spaces is no name', () => {
    const far = { createdOn: '2026-07-01', dueDate: '2026-09-01' };
    expect(monitorProblem({ ...far, monitor: '' })).toMatch(/Wie gaat dat bewaken\?/);
    expect(monitorProblem({ ...far, monitor: '   ' })).toMatch(/Vul een naam in/);
    expect(monitorProblem({ ...far, monitor: 'Jan' })).toBeNull();
    expect(monitorProblem({ createdOn: '2026-07-01', dueDate: '2026-07-10', monitor: '' })).toBeNull();
  });
});

describe('overdue', () => {
  it('is an open action whose day has passed; the day itself is still in time', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-07-15' }, '2026-07-15')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '2026-07-15' }, '2026-07-16')).toBe(true);
  });

  it('is never a done or failed action, nor one without a date', () => {
    expect(isOverdue({ status: 'gedaan', dueDate: '2026-07-01' }, '2026-08-01')).toBe(false);
    expect(isOverdue({ status: 'niet-gelukt', dueDate: '2026-07-01' }, '2026-08-01')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, '2026-08-01')).toBe(false);
  });
});
