import { toLocalIsoString, uuidv7, type LegalBasis } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import type { CreateResult } from './households';
import { householdTarget, isFailure } from './household-target';

export interface AgreementInput {
  organisationId: string;
  agreedOn: string;
  until: string | null;
  byName?: string;
  note?: string;
}

/**
 * Need to know (issue 10): the household's legal basis, its sharing agreements with partner
 * organisations, and the reasons given to open a household from outside its circle. All rows of
 * their own, never overwritten (an agreement is withdrawn, not deleted, so the history stays).
 */
export class SharingRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async add(table: 'legalBases' | 'sharingAgreements' | 'breakGlass', householdId: string, fields: Record<string, unknown>): Promise<CreateResult> {
    const id = uuidv7();
    const target = await householdTarget(this.store, table, id, householdId);
    if (isFailure(target)) return target;
    const result = await this.store.put(target, fields);
    return result.ok ? { ok: true, id } : result;
  }

  recordLegalBasis(householdId: string, basis: LegalBasis, recordedOn: string, byName = ''): Promise<CreateResult> {
    return this.add('legalBases', householdId, { basis, recordedOn, byName, note: '' });
  }

  addAgreement(householdId: string, input: AgreementInput): Promise<CreateResult> {
    return this.add('sharingAgreements', householdId, { byName: '', note: '', withdrawnOn: null, ...input });
  }

  withdrawAgreement(id: string, on: string): Promise<WriteResult> {
    return this.store.update('sharingAgreements', id, { withdrawnOn: on });
  }

  /** Break the glass: the reason is written before the household opens (offline too) and syncs to the audit trail. */
  giveReason(householdId: string, reason: string, byName = ''): Promise<CreateResult> {
    return this.add('breakGlass', householdId, { reason, byName, at: toLocalIsoString(this.now()) });
  }
}
