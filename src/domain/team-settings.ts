/**
 * A team's lock settings (issue 9): how long a device may sit untouched before it locks, how
 * long it may be in the background before it locks, and how long it may go without reaching the
 * server before it asks for an online login (the offline lease). Set by the team's teamleider
 * or beheerder (admin CLI `team-settings`, or the app's device screen), delivered to every device
 * of the team's members in the `/api/me` answer of each sync pass and kept on the device, so it
 * holds offline. Endpoints (Bearer; teamleider or beheerder of the team):
 *   GET /api/teams/:teamId/settings   → TeamSettings (the defaults when none were set)
 *   PUT /api/teams/:teamId/settings   TeamSettings → TeamSettings (audited in account_audit)
 *
 * The bounds keep a setting sane both ways: a lock of at least a minute (shorter makes the app
 * unusable at a front door, so workers would look for ways around it) and at most an hour; a
 * lease of at least an hour and at most 30 days (longer leaves a lost, never-revoked phone
 * opening for too long).
 */
import * as z from 'zod/mini';

export const TEAM_SETTING_BOUNDS = {
  idleMinutes: { min: 1, max: 60 },
  backgroundGraceSeconds: { min: 0, max: 300 },
  leaseHours: { min: 1, max: 720 },
} as const;

const bounded = (name: keyof typeof TEAM_SETTING_BOUNDS, what: string) => {
  const { min, max } = TEAM_SETTING_BOUNDS[name];
  return z
    .number({ error: `Vul ${what} in als heel getal.` })
    .check(z.int(`Vul ${what} in als heel getal.`), z.gte(min, `${what} is minstens ${min}.`), z.lte(max, `${what} is hoogstens ${max}.`));
};

export const teamSettingsSchema = z.strictObject({
  idleMinutes: bounded('idleMinutes', 'De tijd zonder gebruik (minuten)'),
  backgroundGraceSeconds: bounded('backgroundGraceSeconds', 'De tijd op de achtergrond (seconden)'),
  leaseHours: bounded('leaseHours', 'De tijd zonder verbinding (uren)'),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

export const DEFAULT_TEAM_SETTINGS: TeamSettings = { idleMinutes: 5, backgroundGraceSeconds: 30, leaseHours: 72 };

/**
 * A worker in several teams gets one set: the strictest of them (each value its smallest), so no
 * team's rule is loosened by another team. No teams: the defaults.
 */
export function strictestSettings(all: readonly TeamSettings[]): TeamSettings {
  if (all.length === 0) return DEFAULT_TEAM_SETTINGS;
  return {
    idleMinutes: Math.min(...all.map((s) => s.idleMinutes)),
    backgroundGraceSeconds: Math.min(...all.map((s) => s.backgroundGraceSeconds)),
    leaseHours: Math.min(...all.map((s) => s.leaseHours)),
  };
}
