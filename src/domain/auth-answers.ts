/**
 * What the server answers to a login, a setup and /api/me (auth-protocol.ts), as schemas the
 * client checks every answer against (sync/answer.ts readAnswer), and from which the types come.
 * Unknown fields are dropped, not refused: a newer server may send more.
 */
import * as z from 'zod/mini';
import { answerId, answerText } from './answer-fields';
import { TEAM_SETTING_BOUNDS } from './team-settings';

export const roles = ['medewerker', 'teamleider', 'beheerder'] as const;
export type Role = (typeof roles)[number];

export const teamMembershipSchema = z.object({ id: answerId, name: answerText(200), role: z.enum(roles) });
export type TeamMembership = z.infer<typeof teamMembershipSchema>;

export const userInfoSchema = z.object({ id: answerId, username: answerText(200), displayName: answerText(200) });
export type UserInfo = z.infer<typeof userInfoSchema>;

export const organisationInfoSchema = z.object({ id: answerId, name: answerText(200), kind: z.enum(['lead', 'partner']) });
export type OrganisationInfo = z.infer<typeof organisationInfoSchema>;

/** The user's organisation (null: the lead organisation) and the organisations an agreement can name (issue 10). */
export const sharingInfoSchema = z.object({ organisation: z.nullable(organisationInfoSchema), organisations: z.array(organisationInfoSchema) });
export type SharingInfo = z.infer<typeof sharingInfoSchema>;

const bounded = (name: keyof typeof TEAM_SETTING_BOUNDS) =>
  z.number().check(z.int(), z.gte(TEAM_SETTING_BOUNDS[name].min), z.lte(TEAM_SETTING_BOUNDS[name].max));

/** A team's lock settings as the server sends them (team-settings.ts has the rules and the Dutch errors). */
export const teamSettingsAnswerSchema = z.object({
  idleMinutes: bounded('idleMinutes'),
  backgroundGraceSeconds: bounded('backgroundGraceSeconds'),
  leaseHours: bounded('leaseHours'),
});

export const loginResponseSchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(500)),
  /**
   * Ends only this session (POST /api/auth/logout-ticket): what a phone keeps after logging out
   * offline, to tell the server at its next contact. Optional: an older server sends none.
   */
  logoutTicket: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  user: userInfoSchema,
  teams: z.array(teamMembershipSchema),
  /** Filled by /api/me (an older server leaves it out: the device then counts as lead). */
  sharing: z.optional(sharingInfoSchema),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({
  user: userInfoSchema,
  teams: z.array(teamMembershipSchema),
  sharing: z.optional(sharingInfoSchema),
  /**
   * Display name per clock node (device) of the user's team mates, so texts can name who wrote
   * them. Optional: an older server leaves it out, and the device then names no author.
   */
  authors: z.optional(z.record(answerId, answerText(200))),
  /**
   * The lock settings this worker's devices follow (the strictest of their teams,
   * team-settings.ts), kept on the device so they hold offline. Optional: an older server leaves
   * it out, and the device keeps what it had (or the defaults).
   */
  lock: z.optional(teamSettingsAnswerSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
