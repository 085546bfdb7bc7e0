import type { AccessLog } from './access-log';
import type { PreferenceName } from './preferences';
import type { Read } from './reads';
import type { TableName } from '../../domain';
import type { ConflictRepository } from './repositories/conflicts';
import type { ContactRepository } from './repositories/contacts';
import type { DecisionRepository } from './repositories/decisions';
import type { HandoverRepository } from './repositories/handovers';
import type { HouseholdRepository } from './repositories/households';
import type { MapEntryRepository } from './repositories/map-entries';
import type { MapMomentRepository } from './repositories/map-moments';
import type { NetworkRepository } from './repositories/network';
import type { PlanRepository } from './repositories/plan';
import type { SharingRepository } from './repositories/sharing';

/** What this device keeps for itself, outside the synced records: its id, the chosen team, preferences. */
export interface DeviceSettings {
  /** This device's client id (made on first use). */
  clientId(): Promise<string>;
  /** Make this team the one the lists show. */
  chooseTeam(teamId: string): Promise<void>;
  readPreference(userId: string, name: PreferenceName): Promise<boolean>;
  writePreference(userId: string, name: PreferenceName, value: boolean): Promise<void>;
  /** Put a household on, or take it off, today's list for the team meeting. */
  toggleMeetingChoice(userId: string, day: string, householdId: string): Promise<void>;
}

/**
 * What screens get of the device store: repositories to write, named reads to watch, and a few
 * device settings. Never the Dexie database or the RecordStore: a screen cannot reach past the
 * one write path or read a table no read names (lint keeps src/client/ui from importing them).
 * The composition root holds the full DataLayer, which is a ScreenData too.
 */
export interface ScreenData {
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
  device: DeviceSettings;
  /** Run a named read once (the read hooks in ui/live watch it live). */
  read<T>(read: Read<T>): Promise<T>;
  /** Be told when a record changes under an open form (a pull or push answer applied it). Returns the unsubscribe. */
  onRecordApplied(listener: (table: TableName, id: string) => void): () => void;
  /** Resolves once every write asked for so far has committed (or failed). */
  writesSettled(): Promise<void>;
}
