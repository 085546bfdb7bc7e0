/** What the screens may know of the sync loop: its state, and a way to ask for a sync. */
/** 'starting': the counts and the last sync are not read yet, so nothing can be said honestly. */
export type SyncPhase = 'starting' | 'idle' | 'syncing' | 'offline' | 'error' | 'logged-out' | 'update-required';

export interface SyncStatus {
  phase: SyncPhase;
  /** Changes on this device the server has not acknowledged yet. */
  pending: number;
  /** Changes the server refused; kept and shown until a person deals with them. */
  rejected: number;
  /**
   * Those changes with the server's reason, for the header's list. From the same read of the outbox
   * as the counts (one read per commit, not one per component); the same array while unchanged.
   */
  rejectedChanges: readonly RejectedChange[];
  /** Epoch ms of the last sync that completed. */
  lastSuccessAt: number | null;
  /** What went wrong and what to do, in plain Dutch; null when nothing is wrong. */
  error: string | null;
  /** How far a pull that takes more than one page is; null otherwise (and after it). */
  pull: PullProgress | null;
}

export interface RejectedChange {
  mutationId: string;
  table: string;
  error: string;
}

/** Records of this pull stored so far, of how many (when the server says). */
export interface PullProgress {
  received: number;
  total: number | null;
}

export interface SyncEngine {
  start(): void;
  stop(): void;
  /** Ask for a sync soon (debounced), e.g. after a local write. */
  requestSync(): void;
  /** Sync now and resolve when done (or failed; the failure is in the status). */
  syncNow(): Promise<void>;
  getStatus(): SyncStatus;
  subscribe(listener: () => void): () => void;
}
