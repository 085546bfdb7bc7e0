import { deviceAuditResponseSchema, MAX_DEVICE_AUDIT_BATCH, PROTOCOL_VERSION, type DeviceAuditRequest } from '../../domain';
import type { DataLayer } from '../db';
import { readAnswer } from './answer';
import type { ApiClient } from './http';

/**
 * Send the reads this device recorded (also days of them, made offline), oldest first, in
 * batches, right after the outbox. Every sent entry is settled by the answer (recorded, known
 * already, or refused for good), so each batch shrinks the set and the loop ends; a failed
 * request keeps them all for the next pass.
 */
export async function pushAccessLog(data: DataLayer, api: ApiClient, token: string): Promise<void> {
  for (;;) {
    const entries = await data.access.pending(MAX_DEVICE_AUDIT_BATCH);
    if (entries.length === 0) return;
    const body: DeviceAuditRequest = { protocolVersion: PROTOCOL_VERSION, entries };
    // Settled only when the server's answer says it took the batch: a malformed one keeps them for the next pass.
    readAnswer(deviceAuditResponseSchema, await api.post('/api/audit/device', body, token), 'device audit');
    await data.access.settle(entries.map((e) => e.entryId));
  }
}
