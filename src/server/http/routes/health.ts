import type { Hono } from 'hono';
import { sql } from 'kysely';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../domain/sync-protocol';
import { errorFields } from '../../log';
import type { AppDeps, AppEnv } from '../context';

/** For load balancers and monitoring: answers 503 when the database cannot be reached. */
export function healthRoutes(app: Hono<AppEnv>, { store, logger }: AppDeps): void {
  app.get('/api/health', async (c) => {
    try {
      await sql`select 1`.execute(store.db);
    } catch (error) {
      logger('error', 'health check failed', errorFields(error));
      return c.json({ ok: false, protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION }, 503);
    }
    return c.json({ ok: true, protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION });
  });
}
