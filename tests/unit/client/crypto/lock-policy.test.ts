import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCK_SETTINGS, LockPolicy } from '../../../../src/client/crypto/lock-policy';

const MIN = 60_000;

describe('lock policy (injected clock)', () => {
  it('locks after 5 idle minutes by default, and activity pushes that back', () => {
    const policy = new LockPolicy(DEFAULT_LOCK_SETTINGS, 0);
    expect(policy.check(5 * MIN - 1)).toBeNull();
    expect(policy.msUntilNextCheck(4 * MIN)).toBe(MIN);
    policy.activity(4 * MIN);
    expect(policy.check(5 * MIN)).toBeNull();
    expect(policy.check(9 * MIN - 1)).toBeNull();
    expect(policy.check(9 * MIN)).toBe('idle');
  });

  it('an activity stamp from the past does not move the deadline back', () => {
    const policy = new LockPolicy(DEFAULT_LOCK_SETTINGS, 0);
    policy.activity(3 * MIN);
    policy.activity(1 * MIN);
    expect(policy.check(7 * MIN)).toBeNull();
  });

  it('in the background: a short while is fine (the kitchen table), 30 s or more locks', () => {
    const policy = new LockPolicy(DEFAULT_LOCK_SETTINGS, 0);
    policy.hidden(1000);
    expect(policy.visible(1000 + 29_999)).toBeNull();
    policy.hidden(60_000);
    expect(policy.msUntilNextCheck(70_000)).toBe(20_000);
    expect(policy.check(90_000)).toBe('background');
    expect(policy.visible(10 * MIN)).toBe('background');
  });

  it('a second hidden event does not restart the grace period', () => {
    const policy = new LockPolicy(DEFAULT_LOCK_SETTINGS, 0);
    policy.hidden(0);
    policy.hidden(20_000);
    expect(policy.check(30_000)).toBe('background');
  });

  it('coming back in time counts as activity; a restart after unlock starts both clocks over', () => {
    const policy = new LockPolicy({ idleMs: MIN, backgroundGraceMs: 10_000 }, 0);
    policy.hidden(50_000);
    expect(policy.visible(55_000)).toBeNull();
    expect(policy.check(MIN + 1000)).toBeNull();
    policy.hidden(MIN + 2000);
    policy.restart(10 * MIN);
    expect(policy.check(10 * MIN + 59_000)).toBeNull();
  });

  it('follows the team setting', () => {
    const policy = new LockPolicy({ idleMs: 2 * MIN, backgroundGraceMs: 5000 }, 0);
    expect(policy.check(2 * MIN)).toBe('idle');
  });
});
