/**
 * A team's lock settings (domain/team-settings.ts), read and written for the admin CLI
 * (commands.ts `team-settings`) and the app's device screen (http/routes/team-settings.ts): one
 * path for both. A team without a row has the defaults. The `/api/me` answer gives a worker the
 * strictest settings of their teams.
 */
import { DEFAULT_TEAM_SETTINGS, strictestSettings, teamSettingsSchema, type TeamSettings } from '../../domain/team-settings';
import type { Db } from '../store/schema';

type Row = { idle_minutes: number; background_grace_seconds: number; lease_hours: number };

// Read back through the schema: a value outside the bounds (a hand-edited row) counts as the default.
const fromRow = (row: Row | undefined): TeamSettings => {
  if (!row) return DEFAULT_TEAM_SETTINGS;
  const parsed = teamSettingsSchema.safeParse({
    idleMinutes: Number(row.idle_minutes),
    backgroundGraceSeconds: Number(row.background_grace_seconds),
    leaseHours: Number(row.lease_hours),
  });
  return parsed.success ? parsed.data : DEFAULT_TEAM_SETTINGS;
};

const columns = ['idle_minutes', 'background_grace_seconds', 'lease_hours'] as const;

export async function teamSettings(db: Db, teamId: string): Promise<TeamSettings> {
  return fromRow(await db.selectFrom('team_settings').select(columns).where('team_id', '=', teamId).executeTakeFirst());
}

/** Validated here too, so no caller can store a value outside the bounds. */
export async function saveTeamSettings(db: Db, teamId: string, settings: TeamSettings, by: string | null, now: Date): Promise<TeamSettings> {
  const valid = teamSettingsSchema.parse(settings);
  const values = {
    idle_minutes: valid.idleMinutes,
    background_grace_seconds: valid.backgroundGraceSeconds,
    lease_hours: valid.leaseHours,
    updated_at: now.toISOString(),
    updated_by: by,
  };
  await db
    .insertInto('team_settings')
    .values({ team_id: teamId, ...values })
    .onConflict((oc) => oc.column('team_id').doUpdateSet(values))
    .execute();
  return valid;
}

/**
 * The lock columns of a worker's teams, for a query that left-joins `team_settings` on the
 * worker's memberships: settingsOfMemberships turns its rows into what the worker follows. So
 * `/api/me` (settingsForUser) and the server's own lease check (auth/sessions.ts findSession,
 * one query with the session) apply one rule.
 */
export const membershipSettingColumns = columns.map((c) => `team_settings.${c}` as const);

type JoinedRow = { [K in keyof Row]: Row[K] | null };

/**
 * The strictest settings over a worker's teams, from one row per membership (a membership whose
 * team has no settings row, or no membership at all, gives a row of nulls: the defaults).
 */
export function settingsOfMemberships(rows: readonly JoinedRow[]): TeamSettings {
  return strictestSettings(rows.map((row) => (row.idle_minutes === null ? DEFAULT_TEAM_SETTINGS : fromRow(row as Row))));
}

/** What a worker's devices follow: the strictest settings over the teams they are in. */
export async function settingsForUser(db: Db, userId: string): Promise<TeamSettings> {
  const rows = await db
    .selectFrom('memberships')
    .leftJoin('team_settings', 'team_settings.team_id', 'memberships.team_id')
    .select(membershipSettingColumns)
    .where('memberships.user_id', '=', userId)
    .execute();
  return settingsOfMemberships(rows);
}
