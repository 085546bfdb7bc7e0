import { mapEntryId, topicField, type Fields } from '../../../domain';
import type { RecordStore, WriteResult } from '../record-store';
import { householdGone } from './household-target';

/**
 * The leefgebiedenkaart of a household: one record per subdomain, created on first use with
 * an id derived from household and subdomain, so two devices starting it offline meet in one
 * record instead of making two.
 */
export class MapEntryRepository {
  constructor(
    private readonly store: RecordStore,
    private readonly contentVersion: string,
  ) {}

  /** `seen`: what the form showed for these fields (see RecordStore.put). */
  async update(householdId: string, subdomainId: string, changes: Record<string, unknown>, seen?: Fields): Promise<WriteResult> {
    const household = await this.store.db.records.get(['households', householdId]);
    if (!household || household.deleted) {
      return householdGone;
    }
    const id = mapEntryId(householdId, subdomainId);
    const exists = await this.store.db.records.get(['mapEntries', id]);
    const creation = exists ? {} : { subdomainId, contentVersion: this.contentVersion };
    return this.store.put({ table: 'mapEntries', id, teamId: household.teamId, householdId }, { ...creation, ...changes }, seen);
  }

  setTopic(householdId: string, subdomainId: string, topicId: string, touched: boolean): Promise<WriteResult> {
    return this.update(householdId, subdomainId, { [topicField(topicId)]: touched });
  }
}
