import { handoversTable, recordFields, type Handover, type SyncRecord } from '../../domain';
import { listOf } from './queries';
import type { RecordStore } from './record-store';

/**
 * Who is regisseur of a household: its own module, apart from the plan's queries, because every
 * household screen reads it (ui/sharing/HouseholdGuard) and the plan's do not load with them.
 */
export interface HandoverView extends Required<Pick<Handover, 'toName' | 'toOrganisation' | 'byName' | 'note' | 'at' | 'previousId' | 'settled'>> {
  id: string;
}

function toHandoverView(r: SyncRecord): HandoverView {
  const f = recordFields(handoversTable, r.fields);
  return {
    id: r.id,
    toName: f.toName ?? '',
    toOrganisation: f.toOrganisation ?? '',
    byName: f.byName ?? '',
    note: f.note ?? '',
    at: f.at ?? '',
    previousId: f.previousId ?? null,
    settled: f.settled === true,
  };
}

export async function listHandovers(store: RecordStore, householdId: string): Promise<HandoverView[]> {
  return listOf(store, 'handovers', householdId, toHandoverView);
}
