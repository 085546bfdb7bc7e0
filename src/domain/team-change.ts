/**
 * What the server's event stream (`GET /api/sync/events`) tells a device: that a team it belongs
 * to has changes up to `cursor`. Nothing else: no contents, no names, no who. The device pulls
 * when its own cursor for the team is lower. Sent as `event: change` with this object as data.
 */
import * as z from 'zod/mini';
import { uuidSchema } from './ids';

export const TEAM_EVENTS_PATH = '/api/sync/events';

export const teamChangeSchema = z.object({
  teamId: uuidSchema,
  cursor: z.number().check(z.int(), z.nonnegative()),
});

export type TeamChange = z.infer<typeof teamChangeSchema>;
