import type { LegalBasis, SyncRecord, TableName } from '../../domain';
import { decodeAll } from './queries';
import type { RecordStore } from './record-store';

export interface AgreementView {
  id: string;
  organisationId: string;
  agreedOn: string;
  until: string | null;
  withdrawnOn: string | null;
  byName: string;
}

export interface SharingView {
  /** The newest legal basis, or null when none was recorded. */
  legalBasis: LegalBasis | null;
  agreements: AgreementView[];
  /** When this device's user last gave a reason to open the household (break the glass). */
  reasons: { at: string; byName: string }[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const orNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

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
    legalBasis: (orNull(newest?.fields.basis) as LegalBasis | null) ?? null,
    agreements: agreements
      .map((r) => ({ id: r.id, organisationId: str(r.fields.organisationId), agreedOn: str(r.fields.agreedOn), until: orNull(r.fields.until), withdrawnOn: orNull(r.fields.withdrawnOn), byName: str(r.fields.byName) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    reasons: reasons.map((r) => ({ at: str(r.fields.at), byName: str(r.fields.byName) })),
  };
}
