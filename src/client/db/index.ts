import { AccessLog } from './access-log';
import { VoordeurDb } from './database';
import { plainCodec, type RecordCodec } from './codec';
import { RecordStore } from './record-store';
import { HouseholdRepository } from './repositories/households';
import { ContactRepository } from './repositories/contacts';
import { MapEntryRepository } from './repositories/map-entries';
import { ConflictRepository } from './repositories/conflicts';
import { PlanRepository } from './repositories/plan';
import { NetworkRepository } from './repositories/network';
import { HandoverRepository } from './repositories/handovers';
import { MapMomentRepository } from './repositories/map-moments';
import { SharingRepository } from './repositories/sharing';
import { DecisionRepository } from './repositories/decisions';

export interface DataLayer {
  db: VoordeurDb;
  store: RecordStore;
  households: HouseholdRepository;
  contacts: ContactRepository;
  mapEntries: MapEntryRepository;
  conflicts: ConflictRepository;
  plan: PlanRepository;
  network: NetworkRepository;
  handovers: HandoverRepository;
  mapMoments: MapMomentRepository;
  /** Reads done on this device, for the audit trail (ids only). */
  access: AccessLog;
  sharing: SharingRepository;
  decisions: DecisionRepository;
}

/** Wire the device store. Repositories are the only writers (DESIGN: one write path). */
export function createDataLayer(options: { name?: string; codec?: RecordCodec; contentVersion: string }): DataLayer {
  const db = new VoordeurDb(options.name, options.codec ?? plainCodec);
  const store = new RecordStore(db, db.codec);
  const plan = new PlanRepository(store);
  const handovers = new HandoverRepository(store);
  return {
    db,
    store,
    households: new HouseholdRepository(store),
    contacts: new ContactRepository(store, options.contentVersion),
    mapEntries: new MapEntryRepository(store, options.contentVersion),
    conflicts: new ConflictRepository(store),
    plan,
    network: new NetworkRepository(store),
    handovers,
    mapMoments: new MapMomentRepository(store),
    access: new AccessLog(db),
    sharing: new SharingRepository(store),
    decisions: new DecisionRepository(store, plan, handovers),
  };
}

export * from './database';
export type { AccessEvent, AccessLog } from './access-log';
export * from './codec';
export { createSealedCodec, isSealedCodec, type SealedCodec } from './sealed-codec';
export * from './record-store';
export * from './queries';
export * from './plan-queries';
export * from './session';
export { oldestUnsentAt } from './unsent-age';
export { wipeDevice, onDeviceWiped, releaseForClear, type WipeReason, type DeviceStorage } from './wipe-device';
export * from './remote-apply';
export * from './open-items';
export { listHouseholdSummaries, ensureSummaries, forgetSummaries, type HouseholdListItem } from './household-list';
export { markSending, clearSending, openMutations } from './outbox';
export { afterUnlock, sealLegacy } from './sealing';
export { readDraft, writeDraft, settleDraft } from './drafts';
export { deviceClientId, renewClientId } from './device-clock';
export type { NewAction } from './repositories/plan';
export type { HandoverInput } from './repositories/handovers';
export { TEAM_MONITOR, type DecisionInput } from './repositories/decisions';
export * from './decision-queries';
export { readAuthors, saveAuthors, authorOf, authorNames, type Authors } from './authors';
export { readPreference, writePreference, type PreferenceName } from './preferences';
export { getSharing, type SharingView, type AgreementView } from './sharing-queries';
export { readMeetingChoice, toggleMeetingChoice } from './meeting-choice';
