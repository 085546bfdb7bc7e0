import { paths } from '../../../src/client/ui/router';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createDataLayer, listConflicts, listMapEntries, type DataLayer } from '../../../src/client/db';
import { ServicesProvider } from '../../../src/client/ui/services';
import { CONTENT_VERSION } from '../../../src/content';
import { formatHlc, mapEntryId, uuidv7 } from '../../../src/domain';

export const TEAM = 'team-noord';

/** A fresh device store (fake IndexedDB) with one fictional household. */
export async function setupHousehold(contentVersion = CONTENT_VERSION): Promise<{ data: DataLayer; householdId: string }> {
  const data = createDataLayer({ name: `test-${uuidv7()}`, contentVersion });
  const created = await data.households.create(TEAM, { label: 'Lindelaan 4', members: '', reportedBy: '', reportReason: '' });
  if (!created.ok) throw new Error('household not created');
  return { data, householdId: created.id };
}

export function renderWith(data: DataLayer, ui: ReactElement) {
  const wrap = (node: ReactElement) => (
    <ServicesProvider value={{ data, sync: null, session: null, storagePersistent: true }}>{node}</ServicesProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}

/** What another device wrote into the same field at the same time, as the server hands it over. */
export async function insertConflict(data: DataLayer, householdId: string, subdomainId: string, field: string, text: string) {
  const id = uuidv7();
  const result = await data.store.put(
    { table: 'conflicts', id, teamId: TEAM, householdId },
    {
      table: 'mapEntries',
      recordId: mapEntryId(householdId, subdomainId),
      field,
      text,
      losingHlc: formatHlc({ wallMs: Date.UTC(2026, 2, 3, 13, 5), counter: 0, node: 'device-b' }),
      resolved: false,
    },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return id;
}

export async function storedEntry(data: DataLayer, householdId: string, subdomainId: string) {
  return (await listMapEntries(data.store, householdId)).find((entry) => entry.subdomainId === subdomainId);
}

export const openConflicts = (data: DataLayer, householdId: string) => listConflicts(data.store, householdId);

/** Outbox mutations for map entries, oldest first. */
export async function mapMutations(data: DataLayer) {
  const entries = await data.db.outbox.orderBy('seq').toArray();
  return entries.map((entry) => entry.mutation).filter((mutation) => mutation.table === 'mapEntries');
}

export function setUrl(path: string) {
  window.history.replaceState(null, '', path);
}

/** Open the map screen at an address, as the router does. */
export async function renderMap(data: DataLayer, householdId: string, query = '') {
  const { default: MapScreen } = await import('../../../src/client/ui/map/MapScreen');
  setUrl(`${paths.map(householdId)}${query}`);
  return renderWith(data, <MapScreen householdId={householdId} />);
}
