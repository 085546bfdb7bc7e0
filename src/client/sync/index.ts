export { createSyncEngine, type SyncEngineOptions, type Timers } from './engine';
export type { SyncEngine, SyncStatus, SyncPhase } from './types';
export type { SyncEnvironment } from './environment';
export { createApiClient, ApiFailure, NetworkFailure, type ApiClient, type FetchLike } from './http';
export { syncTexts } from './texts';
export { logOut, unsentChanges, type LogOutResult } from './logout';
export { fetchAuditTrail, fetchBreakGlass } from './audit-trail';
export { fetchInzage } from './inzage';
