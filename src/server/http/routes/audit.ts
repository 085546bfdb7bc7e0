import type { Hono } from 'hono';
import { auditTrailQuerySchema, deviceAuditRequestSchema } from '../../../domain/audit-protocol';
import { recordDeviceAudit } from '../../audit/device-entries';
import { viewTrail } from '../../audit/trail-view';
import { messages } from '../../messages';
import { authenticate } from '../authenticate';
import { actorOf } from '../actor';
import { apiError, type AppDeps, type AppEnv } from '../context';
import { readBody } from '../read-body';

/** The device's report of what it showed (also offline), and the teamleider's view of the trail. */
export function auditRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock } = deps;

  app.post('/api/audit/device', authenticate(deps), async (c) => {
    const body = await readBody(c, deviceAuditRequestSchema, { versioned: true });
    if (!body.ok) return body.response;
    return c.json(await recordDeviceAudit(store, actorOf(c), body.value.entries, clock()));
  });

  app.post('/api/audit/trail', authenticate(deps), async (c) => {
    const body = await readBody(c, auditTrailQuerySchema, { versioned: true });
    if (!body.ok) return body.response;
    const { teamId, householdId, userId, from, to, limit } = body.value;
    const outcome = await viewTrail(store, actorOf(c), { teamId, householdId, userId, from, to, limit }, clock());
    if (outcome.ok) return c.json(outcome.response);
    return apiError(c, 403, 'forbidden', outcome.reason === 'role' ? messages.trailRoleRequired : messages.notInTeam);
  });
}
