/** The team's lock settings on the server (domain/team-settings.ts); online only, answers checked. */
import { teamSettingsAnswerSchema } from '../../domain/auth-answers';
import type { TeamSettings } from '../../domain/team-settings';
import { readAnswer } from './answer';
import type { ApiClient } from './http';

const settingsPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}/settings`;

export async function fetchTeamSettings(api: ApiClient, teamId: string, token: string): Promise<TeamSettings> {
  return readAnswer(teamSettingsAnswerSchema, await api.get(settingsPath(teamId), token), 'team settings');
}

/** Save them; resolves with what the server kept. Throws NetworkFailure offline, ApiFailure when refused. */
export async function putTeamSettings(api: ApiClient, teamId: string, token: string, settings: TeamSettings): Promise<TeamSettings> {
  return readAnswer(teamSettingsAnswerSchema, await api.put(settingsPath(teamId), settings, token), 'team settings');
}
