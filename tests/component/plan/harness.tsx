import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DataLayer, DeviceSession } from '../../../src/client/db';
import { ServicesProvider } from '../../../src/client/ui/services';
import { listGoals, listNetworkPeople, listPlanActions } from '../../../src/client/db';
import { setupHousehold, TEAM } from '../map/harness';

export { setupHousehold };

const session: DeviceSession = {
  token: 'test',
  user: { id: 'u1', username: 'jan', displayName: 'Jan' },
  teams: [{ id: TEAM, name: 'Team Noord', role: 'medewerker' }],
  currentTeamId: TEAM,
};

/** Render a screen behind the login gate: with a device store and a session. */
export function renderLoggedIn(data: DataLayer, ui: ReactElement) {
  return render(<ServicesProvider value={{ data, sync: null, session, storagePersistent: true }}>{ui}</ServicesProvider>);
}

export async function renderPlan(data: DataLayer, householdId: string) {
  const { default: PlanScreen } = await import('../../../src/client/ui/plan/PlanScreen');
  return renderLoggedIn(data, <PlanScreen householdId={householdId} />);
}

export async function renderNetwork(data: DataLayer, householdId: string) {
  const { default: NetworkScreen } = await import('../../../src/client/ui/network/NetworkScreen');
  return renderLoggedIn(data, <NetworkScreen householdId={householdId} />);
}

export const goals = (data: DataLayer, householdId: string) => listGoals(data.store, householdId);
export const actions = (data: DataLayer, householdId: string) => listPlanActions(data.store, householdId);
export const people = (data: DataLayer, householdId: string) => listNetworkPeople(data.store, householdId);
