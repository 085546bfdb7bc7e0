import {
  auditTrailResponseSchema,
  breakGlassResponseSchema,
  PROTOCOL_VERSION,
  type AuditTrailQuery,
  type AuditTrailResponse,
  type BreakGlassQuery,
  type BreakGlassResponse,
} from '../../domain';
import { readSession, layerOf, type ScreenData } from '../db';
import { readAnswer } from './answer';
import { createApiClient, NetworkFailure, type ApiClient } from './http';

/**
 * The team's audit trail, asked of the server (online only: the trail lives there, and a copy on
 * a phone would be one more place that says who was seen). Throws NetworkFailure when offline.
 */
export async function fetchAuditTrail(
  screenData: ScreenData,
  query: Omit<AuditTrailQuery, 'protocolVersion'>,
  api: ApiClient = createApiClient(),
): Promise<AuditTrailResponse> {
  const data = layerOf(screenData);
  const session = await readSession(data.db);
  if (!session) throw new NetworkFailure('no session');
  const answer = await api.post('/api/audit/trail', { protocolVersion: PROTOCOL_VERSION, ...query }, session.token);
  return readAnswer(auditTrailResponseSchema, answer, 'audit trail');
}

/**
 * The households of the team opened with a reason (break the glass), for its teamleider or
 * beheerder; online only like the trail. The period travels in the address: two UTC times, no
 * name or id of a household.
 */
export async function fetchBreakGlass(
  screenData: ScreenData,
  teamId: string,
  period: BreakGlassQuery,
  api: ApiClient = createApiClient(),
): Promise<BreakGlassResponse> {
  const data = layerOf(screenData);
  const session = await readSession(data.db);
  if (!session) throw new NetworkFailure('no session');
  const query = new URLSearchParams(Object.entries(period).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return readAnswer(breakGlassResponseSchema, await api.get(`/api/teams/${encodeURIComponent(teamId)}/break-glass${suffix}`, session.token), 'break-glass');
}
