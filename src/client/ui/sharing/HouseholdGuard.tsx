import type { ReactNode } from 'react';
import { Page } from '../kit';
import { reads, useRead } from '../live';
import { paths } from '../router';
import { appTexts } from '../texts';
import { ReasonGate } from './ReasonGate';

/**
 * The one door every household screen passes (app/routes.tsx wraps each /huishouden/:id… route
 * in it): a deep link to a contact moment, the map, the plan, the network, the progress, the print
 * or the inzage of a household asks the same reason first as the household's own screen (break
 * the glass). A household not on this device is left to the screen ("not found").
 */
export function HouseholdGuard({ householdId, children }: { householdId: string; children: ReactNode }) {
  const household = useRead(reads.household(householdId));
  if (household === undefined) return null;
  if (household === null) return <>{children}</>;
  const frame = (form: ReactNode) => (
    <Page title={household.label} back={{ to: paths.households(), label: appTexts.households }}>
      {form}
    </Page>
  );
  return (
    <ReasonGate householdId={householdId} teamId={household.teamId} frame={frame}>
      {children}
    </ReasonGate>
  );
}

/** What the guard reads before it decides, so routes can prime it (see ui/live/primed.ts). */
export const householdGuardReads = (householdId: string) => [reads.household(householdId), reads.handovers(householdId), reads.sharing(householdId)];
