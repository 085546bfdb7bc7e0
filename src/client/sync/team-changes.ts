/**
 * Listens to the server's event stream (`GET /api/sync/events`, see src/domain/team-change.ts)
 * and hands on each "team T changed up to cursor C". The engine pulls when that is ahead of the
 * device. It is only a hint that makes a colleague's change arrive within seconds; the timed
 * sync stays, so a lost event, a proxy that buffers, or a server without the route costs
 * nothing but speed.
 *
 * fetch and not EventSource: EventSource cannot send the Authorization header, and the token
 * must never go into a URL (it would end up in logs). A connection that ends is opened again
 * after a short wait, one that fails after a growing one (backoff.ts). A connection silent for
 * longer than two heartbeats is taken for dead (a phone that changed networks) and replaced.
 */
import { TEAM_EVENTS_PATH, teamChangeSchema, type TeamChange } from '../../domain/team-change';
import { backoffDelay } from './backoff';
import type { FetchLike } from './http';

export interface ChangeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TeamChangeWatcherOptions {
  fetch: FetchLike;
  baseUrl: string;
  /** The device session's token, read afresh for each connection; null when logged out. */
  readToken(): Promise<string | null>;
  onChange(change: TeamChange): void;
  timers: ChangeTimers;
  random: () => number;
  /** No byte for this long (the server beats every 25 s): the connection is dead. */
  silenceMs?: number;
}

export interface TeamChangeWatcher {
  /** Connect now, unless connected or connecting (after a login, when online again). */
  wake(): void;
  /** Drop the connection and stay away until wake() (the browser went offline). */
  pause(): void;
  stop(): void;
}

export const SILENCE_MS = 60_000;

export function watchTeamChanges(options: TeamChangeWatcherOptions): TeamChangeWatcher {
  const { timers } = options;
  const silenceMs = options.silenceMs ?? SILENCE_MS;
  let active = true;
  /** pause() was called and wake() not yet. */
  let paused = false;
  let connecting = false;
  let abort: (() => void) | null = null;
  let retry: unknown = null;
  let failures = 0;

  function clearRetry(): void {
    if (retry !== null) timers.clearTimeout(retry);
    retry = null;
  }

  function later(ms: number): void {
    clearRetry();
    retry = timers.setTimeout(() => {
      retry = null;
      connect();
    }, ms);
  }

  function connect(): void {
    if (!active || paused || connecting) return;
    clearRetry();
    connecting = true;
    void session().then((outcome) => {
      connecting = false;
      abort = null;
      if (!active) return;
      // Paused and woken again while this connection was still closing: connect anew.
      if (outcome === 'paused') return connect();
      // Logged out: the engine wakes this again after a login. Ended after hearing something:
      // a normal end (the server's stream lifetime, a restart), so back soon.
      if (outcome === 'no-session') return;
      if (outcome === 'heard') failures = 0;
      else failures += 1;
      later(backoffDelay(Math.max(failures, 1), options.random));
    });
  }

  /** One connection, from opening to its end. */
  async function session(): Promise<'heard' | 'failed' | 'no-session' | 'paused'> {
    const token = await options.readToken().catch(() => null);
    if (!token) return 'no-session';
    if (paused) return 'paused';
    const controller = new AbortController();
    let dropped = false;
    let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
    abort = () => {
      dropped = true;
      controller.abort();
      void reader?.cancel().catch(() => undefined);
    };
    let silence: unknown = null;
    const heardNow = () => {
      if (silence !== null) timers.clearTimeout(silence);
      silence = timers.setTimeout(() => {
        controller.abort();
        void reader?.cancel().catch(() => undefined);
      }, silenceMs);
    };
    let heard = false;
    try {
      heardNow();
      const response = await options.fetch(options.baseUrl + TEAM_EVENTS_PATH, {
        method: 'GET',
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      // Dropped while the answer was on its way: a fetch that does not honour the signal (some
      // wrappers do not) would otherwise read an open stream nobody listens to, and never end.
      if (dropped || !response.ok || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        return dropped ? 'paused' : 'failed';
      }
      reader = response.body.getReader();
      const parser = new EventParser((event, data) => {
        heard = true;
        if (event === 'change') deliver(data);
      });
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        heardNow();
        parser.push(value);
      }
    } catch {
      // A dropped connection, an abort: the outcome says what to do next.
    } finally {
      if (silence !== null) timers.clearTimeout(silence);
    }
    if (dropped) return 'paused';
    return heard ? 'heard' : 'failed';
  }

  function deliver(data: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    const change = teamChangeSchema.safeParse(parsed);
    if (change.success) options.onChange(change.data);
  }

  return {
    wake() {
      paused = false;
      if (connecting) return;
      failures = 0;
      connect();
    },
    pause() {
      paused = true;
      clearRetry();
      abort?.();
    },
    stop() {
      active = false;
      clearRetry();
      abort?.();
    },
  };
}

/** The text/event-stream format: blocks separated by a blank line, `event:` and `data:` lines. */
class EventParser {
  private readonly decoder = new TextDecoder();
  private buffer = '';

  constructor(private readonly onEvent: (event: string, data: string) => void) {}

  push(chunk: Uint8Array): void {
    this.buffer += this.decoder.decode(chunk, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      // A comment (heartbeat) or a retry line counts as hearing the server too.
      this.onEvent(event, data.join('\n'));
    }
  }
}
