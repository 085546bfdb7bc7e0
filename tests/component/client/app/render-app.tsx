import { paths } from '../../../../src/client/ui/router';
import { render } from '@testing-library/react';
import { CONTENT_VERSION } from '../../../../src/content';
import { createDataLayer, saveSession, type DataLayer, type DeviceSession } from '../../../../src/client/db';
import { App } from '../../../../src/client/app/App';
import type { TeamMembership } from '../../../../src/domain';

let counter = 0;

/** A data layer on a fresh IndexedDB database (fake-indexeddb), so tests never share state. */
export function freshData(): DataLayer {
  counter += 1;
  return createDataLayer({ name: `component-test-${Date.now()}-${counter}`, contentVersion: CONTENT_VERSION });
}

export const teamA: TeamMembership = { id: 'team-a', name: 'Team Noord', role: 'medewerker' };
export const teamB = { id: 'team-b', name: 'Team Zuid', role: 'medewerker' as const };

export async function logIn(data: DataLayer, teams: TeamMembership[] = [teamA]): Promise<void> {
  await saveSession(data.db, {
    token: 'test-token',
    user: { id: 'user-1', username: 'sam', displayName: 'Sam de Vries' },
    teams,
  });
}

/** Render the whole app at a path, as the browser would open it. */
export function renderApp(
  data: DataLayer,
  path = '/',
  options: { persistent?: boolean | null; initialSession?: DeviceSession | null } = {},
) {
  window.history.replaceState(null, '', path);
  const persistent = options.persistent === undefined ? true : options.persistent;
  return render(
    <App data={data} sync={null} initialSession={options.initialSession} requestPersistence={async () => persistent} />,
  );
}

export async function addHousehold(data: DataLayer, fields: { label: string; members?: string; reportedBy?: string }, teamId = teamA.id) {
  const created = await data.households.create(teamId, {
    members: '',
    reportedBy: '',
    reportReason: '',
    ...fields,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return created.id;
}

/** A logged-in device with one household and a contact moment (huisbezoek) started for it. */
export async function startContact() {
  const data = freshData();
  await logIn(data);
  const householdId = await addHousehold(data, { label: 'Beukenhof 9' });
  const started = await data.contacts.start(householdId, 'huisbezoek');
  if (!started.ok) throw new Error('contact not started');
  return { data, householdId, contactId: started.id, path: paths.contact(householdId, started.id) };
}
