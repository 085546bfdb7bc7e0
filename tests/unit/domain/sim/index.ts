/** In-memory sync simulation (server + devices) built only on src/domain; see world.ts. */
export { SimServer } from './server';
export { SimDevice, type BaseRevFrom, type RecordRef } from './device';
export { World, SIM_START_MS, SIM_HOUSEHOLD_ID, type WorldOptions } from './world';
export { scheduleArb, stepArb, skewArb, type Schedule, type Step } from './steps';
export { divergences, lostTexts, idempotencyViolations, hiddenPendingWrites } from './checks';
export { Intentions } from './intentions';
export { recordKey, IdMaker, type RecordKey } from './keys';
