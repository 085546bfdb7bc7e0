import { liveQuery } from 'dexie';
import type { TeamChange } from '../../domain/team-change';
import { isSealedCodec, outboxSummary, readCursor, readSession, type DataLayer, type OutboxSummary } from '../db';
import { isUnlocked } from '../crypto/key-ring';
import { retryDelay } from './backoff';
import { browserEnvironment, type SyncEnvironment } from './environment';
import { createApiClient, type FetchLike } from './http';
import { offlineOutcome, syncOnce, type RunOutcome } from './run';
import { createStatusStore } from './status';
import { readLastSuccess, saveLastSuccess } from './last-success';
import { adoptRotatedToken } from './session-refresh';
import { watchTeamChanges, type TeamChangeWatcher } from './team-changes';
import { syncTexts } from './texts';
import type { SyncEngine, SyncStatus } from './types';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineOptions {
  data: DataLayer;
  fetch?: FetchLike;
  /** Prefix for /api/...; '' (default) means the page's own origin. */
  baseUrl?: string;
  now?: () => number;
  timers?: Timers;
  random?: () => number;
  environment?: SyncEnvironment;
  /** Wait after a local write before pushing, so a burst of autosaves goes in one request. */
  debounceMs?: number;
  /** Time between syncs while all is well. */
  intervalMs?: number;
  /**
   * Listen to the server's team change events and pull as soon as a colleague's change is in
   * (team-changes.ts). The app turns it on; the timer stays as the fallback.
   */
  live?: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 1_500;
export const DEFAULT_INTERVAL_MS = 60_000;
/** Another tab holds the sync lock: look again after this long. */
export const BUSY_RETRY_MS = 3_000;

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The sync loop. Runs on start, when the browser comes online, shortly after local writes, on a
 * timer, and when the service worker relays Background Sync. One pass at a time in this tab,
 * and (through Web Locks) across tabs. Failures wait longer each time (see backoff.ts).
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { data } = options;
  const api = createApiClient({
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    onTokenRotated: (oldToken, newToken) => adoptRotatedToken(data, oldToken, newToken),
  });
  const now = options.now ?? Date.now;
  const timers = options.timers ?? defaultTimers;
  const random = options.random ?? Math.random;
  const env = options.environment ?? browserEnvironment();
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const status = createStatusStore();

  let started = false;
  let timer: { handle: unknown; dueAt: number } | null = null;
  let current: Promise<void> | null = null;
  let again = false;
  /** A colleague's change came in during a pass: the next one starts right after it. */
  let againNow = false;
  let watcher: TeamChangeWatcher | null = null;
  let failures = 0;
  let retryNotBefore = 0;
  let loggedOutReason: string | null = null;
  let backgroundSyncAsked = false;
  let unsubscribers: (() => void)[] = [];

  /** Run at `delay` from now, unless a run is already due sooner. */
  function schedule(delay: number): void {
    if (!started) return;
    const dueAt = now() + delay;
    if (timer && timer.dueAt <= dueAt) return;
    if (timer) timers.clearTimeout(timer.handle);
    timer = {
      dueAt,
      handle: timers.setTimeout(() => {
        timer = null;
        void run();
      }, delay),
    };
  }

  function cancelTimer(): void {
    if (timer) timers.clearTimeout(timer.handle);
    timer = null;
  }

  async function refreshCounts(): Promise<void> {
    status.update(countsOf(await outboxSummary(data.store), status.get()));
  }

  function run(): Promise<void> {
    if (current) {
      again = true;
      return current;
    }
    cancelTimer();
    current = pass().finally(() => {
      current = null;
      if (againNow || again) schedule(againNow ? 0 : debounceMs);
      again = againNow = false;
    });
    return current;
  }

  async function pass(): Promise<void> {
    // Locked, nothing can be opened or sealed: nothing is pushed or pulled (also not when
    // Background Sync wakes the page) until the worker unlocks; unlocking starts a pass.
    if (isSealedCodec(data.store.codec) && !isUnlocked()) {
      await refreshCounts().catch(() => undefined);
      return schedule(intervalMs);
    }
    // Without any network a pass can only fail, after reading the outbox and marking it sent:
    // on a phone at the door that is work (and battery) after every autosave. So it only checks
    // the session and the counts (Background Sync is asked for when changes wait), quietly (no
    // "bezig" in the header), and 'online' wakes the engine.
    if (env.knownOffline()) {
      const outcome = await offlineOutcome(data).catch(() => ({ kind: 'offline' as const }));
      // The live query in start() follows every local write, but may not have answered yet; settle
      // asks for Background Sync by the count, once per run of failures: read it then, not per save.
      if (!backgroundSyncAsked) await refreshCounts().catch(() => undefined);
      return settle(outcome);
    }
    status.update({ phase: 'syncing' });
    let outcome: RunOutcome | 'busy';
    try {
      outcome = await env.exclusive(() => syncOnce(data, api, (pull) => status.update({ pull })));
    } catch (error) {
      console.error('Sync pass crashed', error);
      outcome = { kind: 'error', message: syncTexts.unexpected };
    }
    status.update({ pull: null });
    await refreshCounts().catch(() => undefined);
    if (outcome === 'busy') return schedule(BUSY_RETRY_MS);
    await settle(outcome);
  }

  /** The server says a team is at `cursor`: pull now when this device is behind. */
  function heardChange(change: TeamChange): void {
    void readCursor(data.db, change.teamId).then(
      (cursor) => {
        if (change.cursor <= cursor || !started) return;
        if (current) againNow = true;
        else void run();
      },
      () => undefined,
    );
  }

  /** The browser says the network is gone: the header says so now, not at the next save or tap. */
  function wentOffline(): void {
    watcher?.pause();
    const { phase } = status.get();
    if (phase === 'logged-out' || phase === 'update-required') return;
    status.update({ phase: 'offline', error: null });
  }

  async function settle(outcome: RunOutcome): Promise<void> {
    const patch: Partial<SyncStatus> = { phase: phaseOf(outcome), error: 'message' in outcome ? outcome.message : null };
    // Keep saying *why* we are logged out (revoked, session ended) rather than the plain notice.
    if (outcome.kind === 'logged-out') {
      if (outcome.message !== syncTexts.loggedOut) loggedOutReason = outcome.message;
      patch.error = loggedOutReason ?? outcome.message;
    } else {
      loggedOutReason = null;
    }
    if (outcome.kind === 'ok' || outcome.kind === 'logged-out') {
      failures = 0;
      retryNotBefore = 0;
      if (outcome.kind === 'ok') {
        watcher?.wake();
        backgroundSyncAsked = false;
        patch.lastSuccessAt = now();
        await saveLastSuccess(data, patch.lastSuccessAt).catch(() => undefined);
      }
      status.update(patch);
      // Logged out, a pass only reads the local session: cheap, and it notices a login soon.
      return schedule(intervalMs);
    }
    failures += 1;
    const delay = retryDelay(failures, outcome.kind === 'error' ? outcome.retryAfterMs : null, random);
    retryNotBefore = now() + delay;
    status.update(patch);
    // Once per run of failures: a browser that thinks it is online (the server is down, or a wifi
    // without internet) fires the sync at once, and its wake-up skips the back-off; asking after
    // every failure would retry in a tight loop for as long as the server stays unreachable.
    if (outcome.kind === 'offline' && status.get().pending > 0 && !backgroundSyncAsked) {
      backgroundSyncAsked = true;
      void env.registerBackgroundSync().catch(() => false);
    }
    schedule(delay);
  }

  function requestSync(): void {
    // The counts follow local writes through the live query in start(): no read here, on every keystroke's save.
    if (current) {
      again = true;
      return;
    }
    schedule(Math.max(debounceMs, retryNotBefore - now()));
  }

  async function syncNow(): Promise<void> {
    // A pass already running may have started before what the caller wants sent: run again after it.
    while (current) await current;
    await run();
  }

  return {
    start() {
      if (started) return;
      started = true;
      const counts = liveQuery(() => Promise.all([outboxSummary(data.store), readLastSuccess(data)])).subscribe({
        next: ([summary, lastSuccessAt]) =>
          status.update({
            ...countsOf(summary, status.get()),
            lastSuccessAt,
            ...(status.get().phase === 'starting' ? { phase: 'idle' as const } : {}),
          }),
        error: (error: unknown) => console.error('Outbox count query failed', error),
      });
      const wakeUp = () => {
        failures = 0;
        retryNotBefore = 0;
        void run();
      };
      if (options.live) {
        watcher = watchTeamChanges({
          fetch: options.fetch ?? ((input, init) => fetch(input, init)),
          baseUrl: options.baseUrl ?? '',
          readToken: async () => (await readSession(data.db))?.token ?? null,
          onChange: heardChange,
          timers,
          random,
        });
      }
      unsubscribers = [
        () => counts.unsubscribe(),
        data.store.onLocalWrite(requestSync),
        env.onOnline(wakeUp),
        env.onOffline(wentOffline),
        env.onSyncRequested(wakeUp),
        () => {
          watcher?.stop();
          watcher = null;
        },
      ];
      void run();
    },
    stop() {
      started = false;
      cancelTimer();
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers = [];
    },
    requestSync,
    syncNow,
    getStatus: status.get,
    subscribe: status.subscribe,
  };
}

/**
 * The status's part that comes from the outbox. The header's list of refused changes takes it
 * from here rather than reading the outbox itself; the same array while its contents are the
 * same, so an autosave (which changes neither) re-renders nothing that shows them.
 */
function countsOf(summary: OutboxSummary, before: SyncStatus): Pick<SyncStatus, 'pending' | 'rejected' | 'rejectedChanges'> {
  const same =
    summary.rejected.length === before.rejectedChanges.length &&
    summary.rejected.every((entry, i) => {
      const old = before.rejectedChanges[i]!;
      return entry.mutationId === old.mutationId && entry.table === old.table && entry.error === old.error;
    });
  return { pending: summary.pending, rejected: summary.rejected.length, rejectedChanges: same ? before.rejectedChanges : summary.rejected };
}

function phaseOf(outcome: RunOutcome): SyncStatus['phase'] {
  return outcome.kind === 'ok' ? 'idle' : outcome.kind;
}
