import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS } from '../../../../src/client/sync/backoff';
import { watchTeamChanges, type ChangeTimers } from '../../../../src/client/sync/team-changes';
import type { TeamChange } from '../../../../src/domain/team-change';

const teamId = '0190a0b0-0000-7000-8000-000000000001';

class Timers implements ChangeTimers {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.next++;
    this.pending.set(id, { callback, ms });
    return id;
  };
  clearTimeout = (handle: unknown) => void this.pending.delete(handle as number);
  delays = () => [...this.pending.values()].map((t) => t.ms).sort((a, b) => a - b);
  fire(ms: number) {
    for (const [id, timer] of this.pending) {
      if (timer.ms !== ms) continue;
      this.pending.delete(id);
      timer.callback();
    }
  }
}

/** A stream whose chunks the test pushes; end() closes it like the server does. */
function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function setup(answers: (() => Promise<Response>)[], token: string | null = 'token') {
  const timers = new Timers();
  const heard: TeamChange[] = [];
  const requests: RequestInit[] = [];
  const watcher = watchTeamChanges({
    fetch: async (_input, init) => {
      requests.push(init);
      const answer = answers.shift();
      if (!answer) throw new TypeError('Failed to fetch');
      return answer();
    },
    baseUrl: '',
    readToken: async () => token,
    onChange: (change) => heard.push(change),
    timers,
    random: () => 0,
    silenceMs: 60_000,
  });
  return { timers, heard, requests, watcher };
}

describe('watching team changes', () => {
  it('hands on valid changes only, with the token in a header', async () => {
    const stream = controlledStream();
    const { heard, requests, watcher } = setup([async () => stream.response]);
    watcher.wake();
    await settle();
    expect(new Headers(requests[0]!.headers).get('authorization')).toBe('Bearer token');
    stream.send(`retry: 5000\n\nevent: change\ndata: {"teamId":"${teamId}","cursor":4}\n\n`);
    stream.send('event: change\ndata: {"teamId":"not-a-uuid","cursor":5}\n\n');
    stream.send('event: change\ndata: nonsense\n\n: ping\n\n');
    stream.send(`event: change\r\ndata: {"teamId":"${teamId}",`);
    stream.send('"cursor":6}\r\n\r\n');
    await settle();
    expect(heard).toEqual([
      { teamId, cursor: 4 },
      { teamId, cursor: 6 },
    ]);
    watcher.stop();
  });

  it('after a failure waits longer each time; after a normal end comes back soon', async () => {
    const stream = controlledStream();
    const { timers, watcher } = setup([
      async () => new Response('{}', { status: 503 }),
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => stream.response,
    ]);
    watcher.wake();
    await settle();
    // random() = 0: half of each doubling delay (see backoff.ts); the other timer is the silence watch, cleared.
    expect(timers.delays()).toEqual([BACKOFF_BASE_MS / 2]);
    timers.fire(BACKOFF_BASE_MS / 2);
    await settle();
    expect(timers.delays()).toEqual([BACKOFF_BASE_MS]);
    timers.fire(BACKOFF_BASE_MS);
    await settle();
    stream.send(': ping\n\n');
    stream.end();
    await settle();
    expect(timers.delays()).toEqual([BACKOFF_BASE_MS / 2]);
    watcher.stop();
    expect(timers.delays()).toEqual([]);
  });

  it('takes a silent connection for dead and replaces it', async () => {
    const silent = controlledStream();
    const next = controlledStream();
    const { timers, requests, watcher } = setup([async () => silent.response, async () => next.response]);
    watcher.wake();
    await settle();
    expect(timers.delays()).toEqual([60_000]);
    timers.fire(60_000);
    await settle();
    expect(timers.delays()).toEqual([BACKOFF_BASE_MS / 2]);
    timers.fire(BACKOFF_BASE_MS / 2);
    await settle();
    expect(requests).toHaveLength(2);
    watcher.stop();
  });

  it('paused (offline) it stays away until woken; logged out it does not connect', async () => {
    const first = controlledStream();
    const second = controlledStream();
    const { timers, requests, watcher } = setup([async () => first.response, async () => second.response]);
    watcher.wake();
    await settle();
    watcher.pause();
    await settle();
    expect(timers.delays()).toEqual([]);
    expect(requests).toHaveLength(1);
    watcher.wake();
    await settle();
    expect(requests).toHaveLength(2);
    watcher.stop();

    const loggedOut = setup([], null);
    loggedOut.watcher.wake();
    await settle();
    expect(loggedOut.requests).toHaveLength(0);
    expect(loggedOut.timers.delays()).toEqual([]);
  });

  it('paused while the answer is on its way, by a fetch that ignores the signal, it still connects anew when woken', async () => {
    const first = controlledStream();
    const second = controlledStream();
    let answerFirst!: () => void;
    const firstOnItsWay = new Promise<Response>((resolve) => (answerFirst = () => resolve(first.response)));
    const { requests, watcher } = setup([() => firstOnItsWay, async () => second.response]);
    watcher.wake();
    await settle();
    watcher.pause();
    watcher.wake();
    // The answer arrives after the abort, its stream open: nobody may keep reading it.
    answerFirst();
    await settle();
    expect(requests).toHaveLength(2);
    watcher.stop();
  });
});
