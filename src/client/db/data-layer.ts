/**
 * The composition of the device store: the database, the record store and every repository.
 * Its own module, apart from the db barrel (index.ts): the start path imports it directly, so
 * the barrel's queries for lists, plans and reviews stay out of the start chunk
 * (scripts/start-chunk.ts takes every module the start reaches statically).
 */
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
import { deviceClientId } from './device-clock';
import { readPreference, writePreference } from './preferences';
import { toggleMeetingChoice } from './meeting-choice';
import { chooseTeam } from './session';
import type { ScreenData } from './screen-data';

/** The whole device store, for the composition root and the sync layer. Screens see it as ScreenData. */
export interface DataLayer extends ScreenData {
  db: VoordeurDb;
  store: RecordStore;
}

// The layers made here, by what screens hold of them: the sync functions a screen calls get
// the whole layer back (layerOf) without the screen ever holding the store.
const layers = new WeakMap<ScreenData, DataLayer>();

/** Wire the device store. Repositories are the only writers (DESIGN: one write path). */
export function createDataLayer(options: { name?: string; codec?: RecordCodec; contentVersion: string }): DataLayer {
  const db = new VoordeurDb(options.name, options.codec ?? plainCodec);
  const store = new RecordStore(db, db.codec);
  const plan = new PlanRepository(store);
  const handovers = new HandoverRepository(store);
  const layer: DataLayer = {
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
    device: {
      clientId: () => deviceClientId(db),
      chooseTeam: (teamId) => chooseTeam(db, teamId),
      readPreference: (userId, name) => readPreference(db, userId, name),
      writePreference: (userId, name, value) => writePreference(db, userId, name, value),
      toggleMeetingChoice: (userId, day, householdId) => toggleMeetingChoice(db, userId, day, householdId),
    },
    read: (read) => read.query(store),
    onRecordApplied: (listener) => store.onRecordApplied(listener),
    writesSettled: () => store.queue.flush(),
  };
  layers.set(layer, layer);
  return layer;
}

/** The whole layer behind what a screen holds: for the sync functions screens call (never for ui). */
export function layerOf(data: ScreenData): DataLayer {
  const layer = layers.get(data);
  if (!layer) throw new Error('layerOf: not a data layer made by createDataLayer');
  return layer;
}
