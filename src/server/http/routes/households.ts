/**
 * Household acts that are not sync: erasure (beheerder), inzage (beheerder or regisseur), and the
 * teamleider's list of households opened with a reason (break the glass).
 */
import type { Hono } from 'hono';
import { uuidSchema } from '../../../domain/ids';
import { writeAudit, type Actor } from '../../audit/audit-log';
import { messages } from '../../messages';
import { eraseHousehold } from '../../sharing/erase';
import { householdForUser, mayExport } from '../../sharing/household-access';
import { collectInzage } from '../../sharing/inzage';
import { inzageHtml } from '../../sharing/inzage-html';
import { breakGlassOfTeam } from '../../sharing/break-glass';
import { authenticate } from '../authenticate';
import { apiError, type AppContext, type AppDeps, type AppEnv } from '../context';

function actorOf(c: AppContext): Actor {
  const session = c.get('session');
  return { userId: session.user_id, deviceSessionId: session.id };
}

export function householdRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock } = deps;

  const householdParam = (c: AppContext) => uuidSchema.safeParse(c.req.param('id')).data;

  app.post('/api/households/:id/erase', authenticate(deps), async (c) => {
    const id = householdParam(c);
    const now = clock();
    const found = id ? await householdForUser(store.db, store.sealer, c.get('session').user_id, id, now) : undefined;
    if (!id || !found) return apiError(c, 404, 'not-found', messages.householdNotFound);
    if (found.role !== 'beheerder' || found.access.kind !== 'lead') return apiError(c, 403, 'forbidden', messages.notAllowedForRole);
    const outcome = await eraseHousehold(store, actorOf(c), id, 'erasure', now);
    if (!outcome.ok) return apiError(c, 404, 'not-found', messages.householdNotFound);
    return c.json({ erased: true, records: outcome.records });
  });

  app.get('/api/households/:id/inzage', authenticate(deps), async (c) => {
    const id = householdParam(c);
    const now = clock();
    const found = id ? await householdForUser(store.db, store.sealer, c.get('session').user_id, id, now) : undefined;
    if (!id || !found) return apiError(c, 404, 'not-found', messages.householdNotFound);
    if (!(await mayExport(store.db, store.sealer, found))) return apiError(c, 403, 'forbidden', messages.notAllowedForRole);
    const data = await collectInzage(store.db, store.sealer, found.household, now);
    await writeAudit(store.db, store.dialect, actorOf(c), [{ teamId: found.household.teamId, householdId: id, action: 'export', table: null, recordId: null }], now);
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
    if (member.role === 'medewerker') return apiError(c, 403, 'forbidden', messages.forbidden);
    return c.json({ entries: await breakGlassOfTeam(store.db, store.sealer, teamId) });
  });
}
