import { readSession, wipeDevice, type DataLayer, type DeviceSession } from '../db';
import { ApiFailure, NetworkFailure, type ApiClient } from './http';
import { failureMessage, SyncProblem } from './failure-message';
import { pushAccessLog } from './access-push';
import { pushOutbox } from './push';
import { pullTeam } from './pull';
import { dropTeamForResync } from './resync';
import { clearSessionIfCurrent, refreshSession } from './session-refresh';
import { syncTexts } from './texts';
import type { PullProgress } from './types';

export type RunOutcome =
  | { kind: 'ok' }
  | { kind: 'offline' }
  | { kind: 'logged-out'; message: string }
  | { kind: 'update-required'; message: string }
  | { kind: 'error'; message: string; retryAfterMs?: number | null };

/**
 * One sync pass: push the outbox, then pull every team of the session. The session is read
 * afresh each time, so a login saved after the engine started is picked up by the next pass.
 */
export async function syncOnce(data: DataLayer, api: ApiClient, onPullProgress?: (progress: PullProgress) => void): Promise<RunOutcome> {
  const stored = await readSession(data.db);
  if (!stored) return { kind: 'logged-out', message: syncTexts.loggedOut };
  const { token } = stored;
  try {
    await pushOutbox(data, api, token);
    // After the outbox: a household made offline is on the server before its reads are.
    await pushAccessLog(data, api, token);
    await pullBesideRefresh(data, api, stored, (teamId) => pullWithResync(data, api, token, teamId, onPullProgress));
    return { kind: 'ok' };
  } catch (error) {
    return outcomeOf(data, token, error);
  }
}

/**
 * Pull the teams the stored session knows while /api/me refreshes it: the pull needs only the
 * team list, and waiting for "who am I" (a round trip and durable writes of the session and
 * authors) first was a fixed cost in front of every pull, most of a small team's first one.
 * Both settle before anything is thrown, so a failure (a revoked device wipes) never runs beside
 * a page still being stored. A team the answer no longer lists may refuse its pull: no failure.
 * The teams of the answer not pulled yet (new ones, those after a refusal) follow.
 */
async function pullBesideRefresh(data: DataLayer, api: ApiClient, stored: DeviceSession, pull: (teamId: string) => Promise<void>): Promise<void> {
  const pulled = new Set<string>();
  const pullKnown = async (): Promise<{ teamId: string; error: unknown } | null> => {
    for (const { id } of stored.teams) {
      try {
        await pull(id);
      } catch (error) {
        return { teamId: id, error };
      }
      pulled.add(id);
    }
    return null;
  };
  const [refreshed, known] = await Promise.allSettled([refreshSession(data, api, stored), pullKnown()]);
  if (refreshed.status === 'rejected') throw refreshed.reason;
  if (known.status === 'rejected') throw known.reason;
  const teams = refreshed.value.teams.map((t) => t.id);
  if (known.value && teams.includes(known.value.teamId)) throw known.value.error;
  for (const teamId of teams) if (!pulled.has(teamId)) await pull(teamId);
}

/** A pass while the browser knows it has no network: only whether anyone is logged in is read. */
export async function offlineOutcome(data: DataLayer): Promise<RunOutcome> {
  return (await readSession(data.db)) ? { kind: 'offline' } : { kind: 'logged-out', message: syncTexts.loggedOut };
}

/** 410: this device was away longer than the server keeps deletions. Start the team afresh. */
async function pullWithResync(
  data: DataLayer,
  api: ApiClient,
  token: string,
  teamId: string,
  onProgress?: (progress: PullProgress) => void,
): Promise<void> {
  try {
    await pullTeam(data, api, token, teamId, onProgress);
  } catch (error) {
    if (!(error instanceof ApiFailure && error.status === 410)) throw error;
    await pushOutbox(data, api, token);
    if (!(await dropTeamForResync(data, teamId))) throw new SyncProblem(syncTexts.resyncBlocked);
    await pullTeam(data, api, token, teamId, onProgress);
  }
}

async function outcomeOf(data: DataLayer, token: string, error: unknown): Promise<RunOutcome> {
  if (error instanceof NetworkFailure) return { kind: 'offline' };
  if (error instanceof ApiFailure && error.code === 'device-revoked') {
    await data.store.queue.run(() => wipeDevice(data.db, 'ingetrokken'));
    return { kind: 'logged-out', message: syncTexts.deviceRevoked };
  }
  if (error instanceof ApiFailure && error.status === 401) {
    await clearSessionIfCurrent(data, token);
    return { kind: 'logged-out', message: syncTexts.sessionEnded };
  }
  if (error instanceof ApiFailure && error.status === 426) return { kind: 'update-required', message: syncTexts.updateRequired };
  if (!(error instanceof ApiFailure || error instanceof SyncProblem)) console.error('Sync pass failed', error);
  const retryAfterMs = error instanceof ApiFailure ? error.retryAfterMs : null;
  return { kind: 'error', message: failureMessage(error), retryAfterMs };
}
