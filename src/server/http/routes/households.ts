/**
 * Household acts that are not sync: erasure (beheerder), inzage (beheerder or regisseur), and the
 * teamleider's list of households opened with a reason (break the glass).
 */
import type { Hono } from 'hono';
import { breakGlassQuerySchema } from '../../../domain/audit-protocol';
import { uuidSchema } from '../../../domain/ids';
import { writeAudit, type AuditEntry } from '../../audit/audit-log';
import { messages } from '../../messages';
import { eraseHousehold } from '../../sharing/erase';
import { householdForUser, mayExport } from '../../sharing/household-access';
import { collectInzage } from '../../sharing/inzage';
import { inzageHtml } from '../../sharing/inzage-html';
import { breakGlassOfTeam } from '../../sharing/break-glass';
import { authenticate } from '../authenticate';
import { actorOf } from '../actor';
import { apiError, type AppContext, type AppDeps, type AppEnv } from '../context';

export function householdRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock } = deps;

  const householdParam = (c: AppContext) => uuidSchema.safeParse(c.req.param('id')).data;
  // A refusal for a household the user's team holds is in that team's trail too (NEN 7513).
  const audit = (c: AppContext, entries: AuditEntry[]) => writeAudit(store.db, store.dialect, actorOf(c), entries, clock());
  const refusedRole = (teamId: string, householdId: string | null, action: AuditEntry['action'], table: string | null): AuditEntry => ({
    teamId,
    householdId,
    action,
    table,
    recordId: householdId,
    outcome: 'refused',
    reason: 'role',
  });

  app.post('/api/households/:id/erase', authenticate(deps), async (c) => {
    const id = householdParam(c);
    const now = clock();
    const found = id ? await householdForUser(store.db, store.sealer, c.get('session').user_id, id, now) : undefined;
    if (!id || !found) return apiError(c, 404, 'not-found', messages.householdNotFound);
    if (found.role !== 'beheerder' || found.access.kind !== 'lead') {
      await audit(c, [refusedRole(found.household.teamId, id, 'erase', 'households')]);
      return apiError(c, 403, 'forbidden', messages.notAllowedForRole);
    }
    const outcome = await eraseHousehold(store, actorOf(c), id, 'erasure', now);
    if (!outcome.ok) return apiError(c, 404, 'not-found', messages.householdNotFound);
    return c.json({ erased: true, records: outcome.records });
  });

  app.get('/api/households/:id/inzage', authenticate(deps), async (c) => {
    const id = householdParam(c);
    const now = clock();
    const found = id ? await householdForUser(store.db, store.sealer, c.get('session').user_id, id, now) : undefined;
    if (!id || !found) return apiError(c, 404, 'not-found', messages.householdNotFound);
    if (!(await mayExport(store.db, store.sealer, found))) {
      await audit(c, [{ ...refusedRole(found.household.teamId, id, 'export', null), recordId: null }]);
      return apiError(c, 403, 'forbidden', messages.notAllowedForRole);
    }
    const data = await collectInzage(store.db, store.sealer, found.household, now);
    await audit(c, [{ teamId: found.household.teamId, householdId: id, action: 'export', table: null, recordId: null }]);
    if (c.req.query('format') !== 'html') return c.json(data);
    const organisations = await store.db.selectFrom('organisations').select(['id', 'name']).execute();
    return c.html(inzageHtml(data, new Map(organisations.map((o) => [o.id, o.name]))));
  });

  app.get('/api/teams/:teamId/break-glass', authenticate(deps), async (c) => {
    const teamId = uuidSchema.safeParse(c.req.param('teamId')).data;
    const userId = c.get('session').user_id;
    const member = teamId
      ? await store.db.selectFrom('memberships').select('role').where('user_id', '=', userId).where('team_id', '=', teamId).executeTakeFirst()
      : undefined;
    if (!teamId || !member) return apiError(c, 404, 'not-found', messages.notFound);
    if (member.role === 'medewerker') {
      await audit(c, [{ ...refusedRole(teamId, null, 'read', 'breakGlass'), recordId: null }]);
      return apiError(c, 403, 'forbidden', messages.forbidden);
    }
    const period = breakGlassQuerySchema.safeParse(c.req.query());
    if (!period.success) return apiError(c, 400, 'invalid', messages.invalidRequest);
    const entries = await breakGlassOfTeam(store.db, store.sealer, teamId, period.data);
    // The reasons name households: reading them is a read of each (one entry for the list when empty).
    const households = [...new Set(entries.map((e) => e.householdId))];
    const read = (householdId: string | null): AuditEntry => ({ teamId, householdId, action: 'read', table: 'breakGlass', recordId: null });
    await audit(c, households.length > 0 ? households.map(read) : [read(null)]);
    return c.json({ entries });
  });
}
