import type { Actor } from '../audit/audit-log';
import type { AppContext } from './context';

/** The acting user and device: always from the session, never from a body. */
export function actorOf(c: AppContext): Actor {
  const session = c.get('session');
  // authenticate() lets no session without a clock node through.
  return { userId: session.user_id, deviceSessionId: session.id, clientId: session.client_id ?? '' };
}
