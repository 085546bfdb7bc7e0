/**
 * Need to know (issue 10): who may see a household, and who must give a reason first.
 * Pure: the server uses the sharing rule to decide what a partner pulls, the device uses the
 * break-the-glass rule before it opens a household.
 */
import type { Role } from '../auth-protocol';

/** The calendar day in the Netherlands (YYYY-MM-DD): agreement dates are days there, not UTC. */
export function dutchDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface AgreementRow {
  organisationId: string;
  agreedOn: string | null;
  until: string | null;
  withdrawnOn: string | null;
}

/** Per organisation named in a not-withdrawn agreement: its last day (null: no end). */
export function sharedWith(agreements: readonly AgreementRow[]): Map<string, { until: string | null }> {
  const shares = new Map<string, { until: string | null }>();
  for (const a of agreements) {
    if (a.withdrawnOn) continue;
    const before = shares.get(a.organisationId);
    const until = before === undefined ? a.until : before.until === null || a.until === null ? null : a.until > before.until ? a.until : before.until;
    shares.set(a.organisationId, { until });
  }
  return shares;
}

/** Whether a share is current on `today` (an agreement runs until and including its last day). */
export function shareCurrent(share: { until: string | null }, today: string): boolean {
  return share.until === null || share.until >= today;
}

export type OrganisationKind = 'lead' | 'partner';

export interface Viewer {
  organisationKind: OrganisationKind;
  role: Role;
  displayName: string;
}

/** Names compare without case and outer spaces: the handover names the regisseur as typed. */
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

export function isRegisseur(viewer: Pick<Viewer, 'displayName'>, regisseurName: string | null): boolean {
  return regisseurName !== null && sameName(viewer.displayName, regisseurName);
}

/** How long a reason given to open a household counts before it is asked again. */
export const REASON_VALID_MS = 12 * 3_600_000;

/**
 * Break the glass: must this viewer give a reason before opening the household?
 * Inside the circle, no reason: the regisseur; the teamleider and beheerder (they oversee, and
 * see every reason); partner users (the server only sends them households whose agreement names
 * their organisation, so every one they hold is theirs to see); anyone while the household has
 * no regisseur yet (intake). Outside: a lead-organisation medewerker who is not the regisseur.
 * A reason counts for REASON_VALID_MS.
 */
export function mustGiveReason(viewer: Viewer, regisseurName: string | null, lastReasonAt: string | null, now: Date): boolean {
  if (viewer.organisationKind === 'partner') return false;
  if (viewer.role !== 'medewerker') return false;
  if (regisseurName === null || isRegisseur(viewer, regisseurName)) return false;
  return lastReasonAt === null || now.getTime() - Date.parse(lastReasonAt) > REASON_VALID_MS;
}

/**
 * Who may close (afsluiten) or reopen a household: its regisseur, or the team's teamleider or
 * beheerder. Closing starts the retention term (server/sharing/retention.ts), so not every worker
 * who happens to open it may do so. A partner never closes the lead team's household.
 */
export function mayCloseHousehold(viewer: Viewer, regisseurName: string | null): boolean {
  if (viewer.organisationKind === 'partner') return false;
  return viewer.role === 'teamleider' || viewer.role === 'beheerder' || isRegisseur(viewer, regisseurName);
}
