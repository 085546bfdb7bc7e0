import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppContext } from './context';

/**
 * The address a login attempt came from, for rate limiting. Behind a load balancer
 * (TRUST_PROXY=1) that is the first X-Forwarded-For entry; otherwise the socket's peer.
 */
export function clientAddressResolver(trustProxy: boolean): (c: AppContext) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // no socket: a request made in-process (tests)
    }
  };
}
