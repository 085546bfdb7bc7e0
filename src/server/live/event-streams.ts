/**
 * The open event streams of this process. Each device session may hold a few (one per tab);
 * a new one beyond that closes the session's oldest, because a phone that changed networks
 * leaves dead connections behind that the server only notices at the next heartbeat. A shutdown
 * closes them all, so it need not wait for streams that would never end by themselves.
 */
export interface OpenStream {
  sessionId: string;
  close(): void;
}

export const MAX_STREAMS_PER_SESSION = 4;

export class EventStreams {
  private readonly open = new Set<OpenStream>();

  constructor(private readonly maxPerSession = MAX_STREAMS_PER_SESSION) {}

  add(stream: OpenStream): void {
    const ofSession = [...this.open].filter((s) => s.sessionId === stream.sessionId);
    // Set order is insertion order: the first ones are the oldest.
    for (const old of ofSession.slice(0, Math.max(0, ofSession.length - this.maxPerSession + 1))) old.close();
    this.open.add(stream);
  }

  remove(stream: OpenStream): void {
    this.open.delete(stream);
  }

  count(sessionId?: string): number {
    return [...this.open].filter((s) => sessionId === undefined || s.sessionId === sessionId).length;
  }

  closeAll(): void {
    for (const stream of [...this.open]) stream.close();
  }
}
