/** What the server answers on the device routes (device-admin.ts), checked by the client; the types come from here. */
import * as z from 'zod/mini';
import { answerCount, answerId, answerText } from './answer-fields';

export const deviceStates = ['active', 'expired', 'revoked'] as const;
export type DeviceState = (typeof deviceStates)[number];

export const teamDeviceSchema = z.object({
  id: answerId,
  userId: answerId,
  username: answerText(200),
  displayName: answerText(200),
  label: answerText(200),
  createdAt: answerText(50),
  lastSeenAt: answerText(50),
  state: z.enum(deviceStates),
  /** The caller's own device (the one this request came from). */
  current: z.boolean(),
});
export type TeamDevice = z.infer<typeof teamDeviceSchema>;

export const teamDevicesResponseSchema = z.object({ devices: z.array(teamDeviceSchema) });
export type TeamDevicesResponse = z.infer<typeof teamDevicesResponseSchema>;

export const revokeUserResponseSchema = z.object({ revokedDevices: answerCount });
export type RevokeUserResponse = z.infer<typeof revokeUserResponseSchema>;
