import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { loginRequestSchema, logoutTicketRequestSchema, type MeResponse } from '../../../domain/auth-protocol';
import { writeAccountAudit } from '../../audit/account-audit';
import { authorsOf, findUserById, teamsOf, userInfo } from '../../auth/accounts';
import { settingsForUser } from '../../admin/team-settings';
import { login, type LoginRefusal } from '../../auth/login';
import { endSession, endSessionByLogoutTicket } from '../../auth/sessions';
import { messages } from '../../messages';
import { authenticate, REVOKED_CLEAR_SITE_DATA } from '../authenticate';
import { sharingInfo } from '../../sharing/organisations';
import { apiError, type AppContext, type AppDeps, type AppEnv } from '../context';
import { readBody, readJson } from '../read-body';
import { limitRequestsByAddress } from '../request-limits';

const LOGOUT_TICKET_MAX_BYTES = 1024;

export function authRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock } = deps;

  app.post('/api/auth/login', async (c) => {
    const json = await readJson(c, true);
    if (!json.ok) return json.response;
    // An app from before sessions were bound to the device's clock node: it must update first.
    if (typeof json.value === 'object' && json.value !== null && !('clientId' in json.value)) {
      return apiError(c, 426, 'update-required', messages.updateRequired);
    }
    const body = await readBody(c, loginRequestSchema, { versioned: true }, json.value);
    if (!body.ok) return body.response;
    const outcome = await login(store, { ...body.value, clientAddress: deps.clientAddress(c) }, clock());
    if (outcome.ok) return c.json(outcome.response);
    // Every refused login is logged (without the username: the audit trail has the user).
    deps.logger('warn', 'login refused', { reason: outcome.reason, ...('scope' in outcome ? { scope: outcome.scope } : {}) });
    return refusal(c, outcome);
  });

  app.post('/api/auth/logout', clearSiteDataOnLogout, authenticate(deps), async (c) => {
    const session = c.get('session');
    await endSession(store.db, session.id);
    await writeAccountAudit(store.db, { action: 'logout', userId: session.user_id, deviceSessionId: session.id, clientAddress: deps.clientAddress(c) }, clock());
    return c.body(null, 204);
  });

  /**
   * The logout of a phone that was offline then (sync/logout-ticket.ts): the ticket ends its own
   * session, and the answer is the same whether it knew the ticket or not (204, and the
   * Clear-Site-Data of a logout: the phone is wiped already, this removes the bytes), so it tells
   * nobody which tickets exist. Only as JSON (readJson), which a page of another site cannot send
   * without a CORS preflight that this server never grants: no link or form elsewhere can make a
   * browser clear this origin's storage. Small (a ticket is 43 characters) and limited per address.
   */
  app.post(
    '/api/auth/logout-ticket',
    bodyLimit({ maxSize: LOGOUT_TICKET_MAX_BYTES, onError: (c) => apiError(c, 413, 'too-large', messages.tooLarge) }),
    limitRequestsByAddress('logout-ticket', deps, deps.requestLimits),
    async (c) => {
      const body = await readBody(c, logoutTicketRequestSchema, { versioned: false });
      if (!body.ok) return body.response;
      const ended = await endSessionByLogoutTicket(store.db, body.value.ticket);
      if (ended) {
        const event = { action: 'logout' as const, userId: ended.userId, deviceSessionId: ended.sessionId, detail: 'logout-ticket' };
        await writeAccountAudit(store.db, { ...event, clientAddress: deps.clientAddress(c) }, clock());
      }
      c.header('Clear-Site-Data', REVOKED_CLEAR_SITE_DATA);
      return c.body(null, 204);
    },
  );

  app.get('/api/me', authenticate(deps), async (c) => {
    const userId = c.get('session').user_id;
    const user = await findUserById(store.db, userId);
    if (!user) return apiError(c, 401, 'unauthenticated', messages.unauthenticated);
    const me: MeResponse = {
      user: userInfo(user),
      teams: await teamsOf(store.db, userId),
      sharing: await sharingInfo(store.db, user.organisation_id),
      authors: await authorsOf(store.db, userId),
      lock: await settingsForUser(store.db, userId),
    };
    return c.json(me);
  });
}

/**
 * A logout wipes the device, so its answer tells the browser to drop the origin's storage too:
 * Chromium then deletes the IndexedDB directory, the only thing that removes the old values'
 * bytes (authenticate.ts). Also when the session had already ended (401): the app wipes then as
 * well. Only with a bearer token: a page of another site cannot send one (that needs a CORS
 * preflight, which this server never grants), so no link or form elsewhere can wipe a worker's
 * unsent work. The app asks only once the worker was told about unsent work (sync/logout.ts).
 */
const clearSiteDataOnLogout: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (/^Bearer \S+$/.test(c.req.header('authorization') ?? '') && (c.res.status === 204 || c.res.status === 401)) {
    c.header('Clear-Site-Data', REVOKED_CLEAR_SITE_DATA);
  }
};

function refusal(c: AppContext, outcome: LoginRefusal): Response {
  switch (outcome.reason) {
    case 'rate-limited':
      c.header('Retry-After', String(Math.max(1, Math.ceil(outcome.retryAfterMs / 1000))));
      return apiError(c, 429, 'too-many-attempts', messages.tooManyAttempts);
    case 'disabled':
      return apiError(c, 403, 'account-disabled', messages.accountDisabled);
    case 'client-id-taken':
      return apiError(c, 409, 'client-id-taken', messages.clientIdTaken);
    case 'wrong-credentials':
      return apiError(c, 401, 'unauthenticated', messages.wrongCredentials);
  }
}
