import type { Hono } from 'hono';
import { escrowRequestSchema, type EscrowKeyResponse } from '../../../domain/escrow-protocol';
import { createEscrow, releaseEscrow } from '../../escrow/escrow';
import { messages } from '../../messages';
import { authenticate } from '../authenticate';
import { apiError, type AppDeps, type AppEnv } from '../context';
import { readBody } from '../read-body';

/** See domain/escrow-protocol.ts. The escrow key is never logged; only the outcome is. */
export function escrowRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock, escrowServerKey } = deps;

  app.post('/api/escrow', authenticate(deps), async (c) => {
    const body = await readBody(c, escrowRequestSchema, { versioned: true });
    if (!body.ok) return body.response;
    const created = await createEscrow(store.db, escrowServerKey, c.get('session'), clock());
    if (!created.ok) return apiError(c, 409, 'escrow-exists', messages.escrowExists);
    const answer: EscrowKeyResponse = { escrowKey: created.escrowKey.toString('base64url') };
    created.escrowKey.fill(0);
    return c.json(answer, 201);
  });

  app.post('/api/escrow/release', authenticate(deps), async (c) => {
    const body = await readBody(c, escrowRequestSchema, { versioned: true });
    if (!body.ok) return body.response;
    const released = await releaseEscrow(store.db, escrowServerKey, c.get('session'), clock());
    if (!released.ok) {
      deps.logger('warn', 'escrow release refused', { reason: released.reason });
      return released.reason === 'not-fresh'
        ? apiError(c, 403, 'fresh-login-required', messages.freshLoginRequired)
        : apiError(c, 404, 'no-escrow', messages.noEscrow);
    }
    deps.logger('info', 'escrow released', {});
    const answer: EscrowKeyResponse = { escrowKey: released.escrowKey.toString('base64url') };
    released.escrowKey.fill(0);
    return c.json(answer);
  });
}
