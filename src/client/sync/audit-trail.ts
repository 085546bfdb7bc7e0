import { PROTOCOL_VERSION, type AuditTrailQuery, type AuditTrailResponse } from '../../domain';
import { readSession, type DataLayer } from '../db';
import { createApiClient, NetworkFailure, type ApiClient } from './http';

/**
 * The team's audit trail, asked of the server (online only: the trail lives there, and a copy on
 * a phone would be one more place that says who was seen). Throws NetworkFailure when offline.
 */
export async function fetchAuditTrail(
  data: DataLayer,
  query: Omit<AuditTrailQuery, 'protocolVersion'>,
  api: ApiClient = createApiClient(),
): Promise<AuditTrailResponse> {
  const session = await readSession(data.db);
  if (!session) throw new NetworkFailure('no session');
  return api.post<AuditTrailResponse>('/api/audit/trail', { protocolVersion: PROTOCOL_VERSION, ...query }, session.token);
}
