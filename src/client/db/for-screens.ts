/**
 * What src/client/ui may take from the db layer as values: the named reads, and helpers that
 * touch neither Dexie nor the record store. Types it may take from anywhere in db; the store
 * itself reaches screens only as ScreenData (lint: eslint.config.js, storeInUi).
 */
export { reads, type Read } from './reads';
export { authorOf, authorNames, type Authors } from './authors';
export { openCount, openItems, stepHasAnswer, unansweredSteps, type OpenItem } from './open-items';
export { readDraft, writeDraft, settleDraft } from './drafts';
export type { ScreenData, DeviceSettings } from './screen-data';
