import {
  breakGlassTable,
  legalBasesTable,
  recordFields,
  sharingAgreementsTable,
  type BreakGlass,
  type LegalBasis,
  type SharingAgreement,
  type SyncRecord,
  type TableName,
} from '../../domain';
import { decodeAll } from './queries';
import type { RecordStore } from './record-store';

export interface AgreementView extends Required<Pick<SharingAgreement, 'organisationId' | 'byName'>> {
  id: string;
  agreedOn: string;
  until: string | null;
  withdrawnOn: string | null;
}

export interface SharingView {
  /** The newest legal basis, or null when none was recorded. */
  legalBasis: LegalBasis | null;
  agreements: AgreementView[];
  /** When this device's user last gave a reason to open the household (break the glass). */
  reasons: Required<Pick<BreakGlass, 'at' | 'byName'>>[];
}

/** An empty text counts as not given, like a missing one. */
const orNull = (v: string | null | undefined) => v || null;

async function rowsOf(store: RecordStore, table: TableName, householdId: string): Promise<SyncRecord[]> {
  return decodeAll(store, await store.db.records.where('[table+householdId]').equals([table, householdId]).toArray());
}

export async function getSharing(store: RecordStore, householdId: string): Promise<SharingView> {
  const [bases, agreements, reasons] = await Promise.all([
    rowsOf(store, 'legalBases', householdId),
    rowsOf(store, 'sharingAgreements', householdId),
    rowsOf(store, 'breakGlass', householdId),
  ]);
  // Row ids are UUIDv7: later rows sort later, whatever the devices' dates say.
  const newest = [...bases].sort((a, b) => (a.id < b.id ? 1 : -1))[0];
  return {
    legalBasis: (newest && recordFields(legalBasesTable, newest.fields).basis) || null,
    agreements: agreements
      .map((r) => {
        const f = recordFields(sharingAgreementsTable, r.fields);
        return { id: r.id, organisationId: f.organisationId ?? '', agreedOn: f.agreedOn ?? '', until: orNull(f.until), withdrawnOn: orNull(f.withdrawnOn), byName: f.byName ?? '' };
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    reasons: reasons.map((r) => {
      const f = recordFields(breakGlassTable, r.fields);
      return { at: f.at ?? '', byName: f.byName ?? '' };
    }),
  };
}
