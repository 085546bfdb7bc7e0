/** A kernteam for the sharing tests: a lead worker, a beheerder, and partner users of two organisations. */
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor, twoTeams } from './accounts';
import type { TestDevice } from './devices';
import type { TestApi } from './http';

export async function addOrganisation(store: Store, name: string, kind: 'lead' | 'partner' = 'partner'): Promise<string> {
  const id = uuidv7();
  await store.db.insertInto('organisations').values({ id, name, kind, created_at: new Date().toISOString() }).execute();
  return id;
}

export async function joinOrganisation(store: Store, userId: string, organisationId: string): Promise<void> {
  await store.db.updateTable('users').set({ organisation_id: organisationId }).where('id', '=', userId).execute();
}

/** twoTeams plus, in team A: beheerder "bea", "wim" of the housing corporation and "ina" of income services. */
export async function kernteam(store: Store) {
  const teams = await twoTeams(store);
  const woning = await addOrganisation(store, 'Woningcorporatie');
  const inkomen = await addOrganisation(store, 'Inkomensdienst');
  const bea = await addTestUser(store, 'bea', [{ teamId: teams.teamA.id, role: 'beheerder' }]);
  const wim = await addTestUser(store, 'wim', [{ teamId: teams.teamA.id }]);
  const ina = await addTestUser(store, 'ina', [{ teamId: teams.teamA.id }]);
  await joinOrganisation(store, wim, woning);
  await joinOrganisation(store, ina, inkomen);
  return { ...teams, woning, inkomen, bea, wim, ina };
}

export function agreement(device: TestDevice, teamId: string, householdId: string, organisationId: string, fields: Record<string, string | null> = {}) {
  const id = uuidv7();
  return { id, mutation: device.put('sharingAgreements', id, { organisationId, agreedOn: '2026-03-01', byName: 'Anna', ...fields }, { teamId, householdId }) };
}

/** Pulls every page after `cursor` through the API; answers the records, the purge list and the last cursor. */
export async function pullAll(api: TestApi, token: string, teamId: string, cursor = 0) {
  const records: { table: string; id: string; deleted: boolean; householdId: string | null; fields: Record<string, unknown> }[] = [];
  let purge: string[] | undefined;
  for (;;) {
    const answer = await api.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId, cursor, limit: 2 }, token);
    if (answer.status !== 200) return { status: answer.status, records, purge, cursor };
    records.push(...answer.body.records);
    purge = answer.body.purge;
    cursor = answer.body.cursor;
    if (!answer.body.hasMore) return { status: 200, records, purge, cursor };
  }
}

export { tokenFor };
