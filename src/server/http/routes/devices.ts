import type { Hono } from 'hono';
import type * as z from 'zod/mini';
import {
  mayManageDevices,
  mayRevokeUser,
  teamDevicePathSchema,
  teamPathSchema,
  teamUserPathSchema,
  type RevokeUserResponse,
  type TeamDevicesResponse,
} from '../../../domain/device-admin';
import { teamSettingsSchema, type TeamSettings } from '../../../domain/team-settings';
import { writeAccountAudit } from '../../audit/account-audit';
import { saveTeamSettings, teamSettings } from '../../admin/team-settings';
import { disableUser, listDevices, revokeDevice, roleIn } from '../../admin/devices';
import { messages } from '../../messages';
import { authenticate } from '../authenticate';
import { apiError, type AppContext, type AppDeps, type AppEnv } from '../context';
import { invalidRequest, readBody } from '../read-body';

/**
 * The app's device screen (see domain/device-admin.ts): a team's teamleider or beheerder lists
 * the team's devices and revokes one, or a user. Every revoke, also a refused one, is in
 * account_audit. A caller outside the team gets the same 403 whether the team exists or not.
 * The same screen sets the team's lock settings (domain/team-settings.ts), audited the same way.
 */
export function deviceRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock } = deps;
  const auth = authenticate(deps);

  /** The validated path and the caller's role, or the answer that refuses the request. */
  async function manager<S extends z.ZodMiniType>(c: AppContext, schema: S, refused: string = messages.notManager) {
    const parsed = schema.safeParse(c.req.param());
    if (!parsed.success) return { refusal: invalidRequest(c, parsed.error.issues) };
    const params = parsed.data as z.output<S> & { teamId: string };
    const role = await roleIn(store.db, c.get('session').user_id, params.teamId);
    if (!mayManageDevices(role)) return { refusal: apiError(c, 403, 'forbidden', refused), params, role };
    return { params, role };
  }

  const audit = (c: AppContext, detail: Record<string, unknown>) => {
    const session = c.get('session');
    return writeAccountAudit(
      store.db,
      { action: 'admin', userId: session.user_id, deviceSessionId: session.id, clientAddress: deps.clientAddress(c), detail: JSON.stringify({ via: 'app', ...detail }) },
      clock(),
    );
  };

  app.get('/api/teams/:teamId/devices', auth, async (c) => {
    const { refusal, params } = await manager(c, teamPathSchema);
    if (refusal) return refusal;
    const current = c.get('session').id;
    const rows = await listDevices(store.db, { teamId: params.teamId }, clock(), deps.sessionPolicy);
    const body: TeamDevicesResponse = {
      devices: rows.map(({ revokedAt: _revokedAt, ...device }) => ({ ...device, current: device.id === current })),
    };
    return c.json(body);
  });

  app.post('/api/teams/:teamId/devices/:deviceId/revoke', auth, async (c) => {
    const { refusal, params } = await manager(c, teamDevicePathSchema);
    if (refusal) {
      if (params) await audit(c, { command: 'revoke-device', team: params.teamId, args: [params.deviceId], exit: 'forbidden' });
      return refusal;
    }
    const revoked = await revokeDevice(store.db, params.deviceId, clock(), { teamId: params.teamId });
    await audit(c, { command: 'revoke-device', team: params.teamId, args: [params.deviceId], exit: revoked ? 0 : 'not-found' });
    return revoked ? c.body(null, 204) : apiError(c, 404, 'not-found', messages.deviceNotFound);
  });

  app.post('/api/teams/:teamId/users/:userId/revoke', auth, async (c) => {
    const { refusal, params, role } = await manager(c, teamUserPathSchema);
    if (refusal) {
      if (params) await audit(c, { command: 'disable-user', team: params.teamId, args: [params.userId], exit: 'forbidden' });
      return refusal;
    }
    const targetRole = await roleIn(store.db, params.userId, params.teamId);
    if (!targetRole) {
      await audit(c, { command: 'disable-user', team: params.teamId, args: [params.userId], exit: 'not-found' });
      return apiError(c, 404, 'not-found', messages.userNotFound);
    }
    if (!mayRevokeUser({ id: c.get('session').user_id, role }, { id: params.userId, role: targetRole })) {
      await audit(c, { command: 'disable-user', team: params.teamId, args: [params.userId], exit: 'forbidden' });
      return apiError(c, 403, 'forbidden', messages.mayNotRevokeUser);
    }
    const revokedDevices = await disableUser(store.db, params.userId, clock());
    await audit(c, { command: 'disable-user', team: params.teamId, args: [params.userId], exit: 0 });
    const body: RevokeUserResponse = { revokedDevices };
    return c.json(body);
  });

  app.get('/api/teams/:teamId/settings', auth, async (c) => {
    const { refusal, params } = await manager(c, teamPathSchema, messages.notSettingsManager);
    if (refusal) return refusal;
    return c.json((await teamSettings(store.db, params.teamId)) satisfies TeamSettings);
  });

  app.put('/api/teams/:teamId/settings', auth, async (c) => {
    const { refusal, params } = await manager(c, teamPathSchema, messages.notSettingsManager);
    if (refusal) {
      if (params) await audit(c, { command: 'team-settings', team: params.teamId, exit: 'forbidden' });
      return refusal;
    }
    const body = await readBody(c, teamSettingsSchema, { versioned: false });
    if (!body.ok) {
      await audit(c, { command: 'team-settings', team: params.teamId, exit: 'invalid' });
      return body.response;
    }
    const saved = await saveTeamSettings(store.db, params.teamId, body.value, c.get('session').user_id, clock());
    // The numbers are no personal data: the trail says what the team's lock became.
    await audit(c, { command: 'team-settings', team: params.teamId, settings: saved, exit: 0 });
    return c.json(saved satisfies TeamSettings);
  });
}
