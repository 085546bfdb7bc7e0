/**
 * A team's devices as a teamleider or beheerder manages them from the app (list, revoke one,
 * revoke a user). Endpoints (Bearer; the caller must be teamleider or beheerder of the team):
 *   GET  /api/teams/:teamId/devices                       → TeamDevicesResponse
 *   POST /api/teams/:teamId/devices/:deviceId/revoke      → 204 (404 when not an active device of the team)
 *   POST /api/teams/:teamId/users/:userId/revoke          → RevokeUserResponse (the user cannot log in any
 *                                                           more and every device of theirs is revoked)
 * A device of the team is a device session of a member of the team. A revoked device is told
 * so at its next contact (401 'device-revoked' with Clear-Site-Data) and wipes itself.
 */
import * as z from 'zod/mini';
import type { Role } from './auth-protocol';
import { uuidSchema } from './ids';

export const teamDevicePathSchema = z.object({ teamId: uuidSchema, deviceId: uuidSchema });
export const teamUserPathSchema = z.object({ teamId: uuidSchema, userId: uuidSchema });
export const teamPathSchema = z.object({ teamId: uuidSchema });

// The answers and their types: device-admin-answers.ts (zod/mini, checked by the client).
export type { DeviceState, TeamDevice, TeamDevicesResponse, RevokeUserResponse } from './device-admin-answers';

const rank: Record<Role, number> = { medewerker: 0, teamleider: 1, beheerder: 2 };

/** Who may see and revoke a team's devices: its teamleiders and beheerders. */
export function mayManageDevices(role: Role | undefined): boolean {
  return role !== undefined && rank[role] >= rank.teamleider;
}

/**
 * Whether a caller with this role in the team may revoke a member with that role: never
 * themselves as a user (they would lock themselves out), never someone ranked above them
 * (a teamleider cannot cut off the team's beheerder).
 */
export function mayRevokeUser(caller: { id: string; role: Role | undefined }, target: { id: string; role: Role }): boolean {
  return mayManageDevices(caller.role) && caller.id !== target.id && rank[caller.role ?? 'medewerker'] >= rank[target.role];
}
