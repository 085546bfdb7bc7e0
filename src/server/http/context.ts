import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../../domain/sync-protocol';
import type { SessionPolicy } from '../auth/sessions';
import type { EscrowServerKey } from '../escrow/server-key';
import type { Logger } from '../log';
import type { RequestLimits } from './request-limits';
import type { DeviceSessionsTable } from '../store/schema';
import type { Store } from '../store/open-store';

export interface AppEnv {
  Variables: { session: DeviceSessionsTable };
}

export type AppContext = Context<AppEnv>;

/** What the routes need from the outside world; tests pass their own clock and address. */
export interface AppDeps {
  store: Store;
  logger: Logger;
  clock: () => Date;
  clientAddress: (c: AppContext) => string;
  sessionPolicy: SessionPolicy;
  /** Push and pull per device session (http/request-limits.ts). */
  requestLimits: RequestLimits;
  /** Wraps the devices' escrow keys at rest (issue 9). */
  escrowServerKey: EscrowServerKey;
}

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  details?: unknown,
): Response {
  const body: ApiError = details === undefined ? { error, message } : { error, message, details };
  return c.json(body, status);
}
