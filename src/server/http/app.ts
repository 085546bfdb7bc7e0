import '../zod-messages';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routePath } from 'hono/route';
import { MAX_BODY_BYTES } from '../../domain/sync-protocol';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from '../auth/sessions';
import { ephemeralEscrowServerKey, type EscrowServerKey } from '../escrow/server-key';
import { eventRoutes } from '../live/events-route';
import { createLive, type Live } from '../live/live';
import { localTeamChanges } from '../live/team-changes';
import { errorFields, jsonLogger, type Logger } from '../log';
import { messages } from '../messages';
import type { Store } from '../store/open-store';
import { isContention } from '../store/transaction';
import { isClientAbort } from './client-abort';
import { clientAddressResolver } from './client-address';
import { apiError, type AppDeps, type AppEnv } from './context';
import { answerWrongMethods } from './method-not-allowed';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './request-limits';
import { requestLog } from './request-log';
import { securityHeaders } from './security-headers';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { deviceRoutes } from './routes/devices';
import { escrowRoutes } from './routes/escrow';
import { healthRoutes } from './routes/health';
import { householdRoutes } from './routes/households';
import { setupRoutes } from './routes/setup';
import { syncRoutes } from './routes/sync';
import { staticRoutes } from './static-files';

/** Seconds a client waits after a 503 for contention; its own back-off adds jitter. */
export const BUSY_RETRY_AFTER_S = 2;

export interface AppOptions {
  store: Store;
  /** The built PWA; without it only the API is served. */
  distDir?: string;
  logger?: Logger;
  clock?: () => Date;
  /** Take the client address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy?: boolean;
  /** Team change announcements and event streams; without it, one process's own (in memory). */
  live?: Live;
  /** How long device sessions last (default: DEFAULT_SESSION_POLICY). */
  sessions?: SessionPolicy;
  /** Rate limits on push and pull per device session (default: DEFAULT_REQUEST_LIMITS). */
  requestLimits?: RequestLimits;
  /**
   * Wraps the devices' escrow keys (see escrow/server-key.ts). startServer passes the one from
   * the environment; without it (in-process tests) a random key for this app only.
   */
  escrowServerKey?: EscrowServerKey;
}

/** The whole HTTP surface, without a socket: tests call `app.request()`, startServer() listens. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps: AppDeps = {
    store: options.store,
    logger: options.logger ?? jsonLogger,
    clock: options.clock ?? (() => new Date()),
    clientAddress: clientAddressResolver(options.trustProxy ?? false),
    sessionPolicy: options.sessions ?? DEFAULT_SESSION_POLICY,
    requestLimits: options.requestLimits ?? DEFAULT_REQUEST_LIMITS,
    escrowServerKey: options.escrowServerKey ?? ephemeralEscrowServerKey(),
  };
  const live = options.live ?? createLive(localTeamChanges());
  const app = new Hono<AppEnv>();

  app.use('*', requestLog(deps.logger), ...securityHeaders(options.trustProxy ?? false));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // answers carry personal data: never in a cache
  });
  app.use(
    '/api/*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => apiError(c, 413, 'too-large', messages.tooLarge) }),
  );

  healthRoutes(app, deps);
  setupRoutes(app, deps);
  authRoutes(app, deps);
  deviceRoutes(app, deps);
  escrowRoutes(app, deps);
  syncRoutes(app, deps, live.changes);
  auditRoutes(app, deps);
  householdRoutes(app, deps);
  eventRoutes(app, deps, live);
  answerWrongMethods(app);
  app.all('/api', (c) => apiError(c, 404, 'not-found', messages.notFound));
  app.all('/api/*', (c) => apiError(c, 404, 'not-found', messages.notFound));
  if (options.distDir) staticRoutes(app, options.distDir);

  app.notFound((c) => c.text(messages.notFound, 404));
  app.onError((error, c) => {
    // Contention (retries ran out, or a statement outside a retried transaction) is the
    // database's "try again", not a fault: 503, and when to come back.
    if (isContention(error)) {
      deps.logger('warn', 'database busy, answered 503', { ...errorFields(error), method: c.req.method });
      c.header('Retry-After', String(BUSY_RETRY_AFTER_S));
      return apiError(c, 503, 'busy', messages.busy);
    }
    if (isClientAbort(error)) {
      deps.logger('info', 'client aborted request', { method: c.req.method, route: routePath(c) });
      return apiError(c, 400, 'aborted', messages.aborted);
    }
    deps.logger('error', 'unhandled error', { ...errorFields(error), method: c.req.method });
    return apiError(c, 500, 'server-error', messages.serverError);
  });
  return app;
}
