import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_SETTINGS, strictestSettings, teamSettingsSchema, TEAM_SETTING_BOUNDS } from '../../../src/domain/team-settings';

describe('team lock settings', () => {
  it('accepts the defaults and both ends of every bound', () => {
    expect(teamSettingsSchema.parse(DEFAULT_TEAM_SETTINGS)).toEqual({ idleMinutes: 5, backgroundGraceSeconds: 30, leaseHours: 72 });
    const lowest = { idleMinutes: 1, backgroundGraceSeconds: 0, leaseHours: 1 };
    const highest = { idleMinutes: 60, backgroundGraceSeconds: 300, leaseHours: 720 };
    expect(teamSettingsSchema.parse(lowest)).toEqual(lowest);
    expect(teamSettingsSchema.parse(highest)).toEqual(highest);
    expect(TEAM_SETTING_BOUNDS.leaseHours.max).toBe(30 * 24);
  });

  it.each([
    ['idle 0', { idleMinutes: 0 }],
    ['idle over an hour', { idleMinutes: 61 }],
    ['a negative grace', { backgroundGraceSeconds: -1 }],
    ['grace over 5 minutes', { backgroundGraceSeconds: 301 }],
    ['a lease under an hour', { leaseHours: 0 }],
    ['a lease over 30 days', { leaseHours: 721 }],
    ['a fraction', { idleMinutes: 2.5 }],
    ['text', { leaseHours: '72' }],
    ['an unknown key', { pinLength: 4 }],
  ])('refuses %s with a Dutch message', (_, change) => {
    const parsed = teamSettingsSchema.safeParse({ ...DEFAULT_TEAM_SETTINGS, ...change });
    expect(parsed.success).toBe(false);
    if (!parsed.success && !('pinLength' in change)) expect(parsed.error.issues[0]?.message).toMatch(/minstens|hoogstens|heel getal/);
  });

  it('a worker in several teams gets each value at its strictest; no team: the defaults', () => {
    expect(strictestSettings([])).toEqual(DEFAULT_TEAM_SETTINGS);
    expect(
      strictestSettings([
        { idleMinutes: 10, backgroundGraceSeconds: 0, leaseHours: 200 },
        { idleMinutes: 3, backgroundGraceSeconds: 60, leaseHours: 500 },
      ]),
    ).toEqual({ idleMinutes: 3, backgroundGraceSeconds: 0, leaseHours: 200 });
  });
});
