/**
 * The team's lock settings as this device last heard them (`/api/me` in each sync pass, see
 * sync/session-refresh.ts), kept in localStorage: read synchronously and while locked (the lease
 * is checked before any key is in memory), so they hold offline, and cleared with everything
 * else by a wipe. Numbers only, no personal data, so in clear. Read back through the domain
 * schema: a damaged or out-of-bounds value (someone editing the phone's storage to stretch the
 * lease) counts as the defaults, and the bounds cap what any stored value can do (30 days).
 */
import { DEFAULT_TEAM_SETTINGS, teamSettingsSchema, type TeamSettings } from '../../domain/team-settings';
import type { LockSettings } from './lock-policy';

const KEY = 'voordeur.lock-settings';

export function readTeamLockSettings(storage: Storage | null = defaultStorage()): TeamSettings {
  try {
    const parsed = teamSettingsSchema.safeParse(JSON.parse(storage?.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_TEAM_SETTINGS;
  } catch {
    return DEFAULT_TEAM_SETTINGS;
  }
}

/** Only a valid set is kept (an older or broken answer leaves the last good one). */
export function saveTeamLockSettings(settings: unknown, storage: Storage | null = defaultStorage()): void {
  const parsed = teamSettingsSchema.safeParse(settings);
  if (parsed.success) storage?.setItem(KEY, JSON.stringify(parsed.data));
}

export function lockSettingsOf(settings: TeamSettings): LockSettings {
  return { idleMs: settings.idleMinutes * 60_000, backgroundGraceMs: settings.backgroundGraceSeconds * 1000 };
}

export function leaseMsOf(settings: TeamSettings): number {
  return settings.leaseHours * 3_600_000;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
