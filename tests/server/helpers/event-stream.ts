/** Reads a Server-Sent Events response the way a device does: event by event, waiting for each. */
export interface StreamEvent {
  event: string;
  data: string;
  /** A comment line (": ping"). */
  comment?: string;
}

export class EventReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private readonly queued: StreamEvent[] = [];
  ended = false;

  constructor(readonly response: Response) {
    if (!response.body) throw new Error('no body');
    this.reader = response.body.getReader();
  }

  /** The next event (or comment); null once the server ended the stream. */
  async next(): Promise<StreamEvent | null> {
    for (;;) {
      const event = this.queued.shift();
      if (event) return event;
      if (this.ended) return null;
      const { value, done } = await this.reader.read();
      if (done) {
        this.ended = true;
        continue;
      }
      this.buffer += this.decoder.decode(value, { stream: true });
      let end: number;
      while ((end = this.buffer.indexOf('\n\n')) >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        this.queued.push(parseBlock(block));
      }
    }
  }

  /** Skips events until one matches; throws when the stream ends first. */
  async until(match: (event: StreamEvent) => boolean): Promise<StreamEvent> {
    for (;;) {
      const event = await this.next();
      if (event === null) throw new Error('the stream ended before the event came');
      if (match(event)) return event;
    }
  }

  /** The next `change` event's data. */
  async nextChange(): Promise<{ teamId: string; cursor: number }> {
    return JSON.parse((await this.until((e) => e.event === 'change')).data) as { teamId: string; cursor: number };
  }

  /** Reads until the server ends the stream. */
  async toEnd(): Promise<void> {
    while ((await this.next()) !== null);
  }

  cancel(): Promise<void> {
    return this.reader.cancel();
  }
}

function parseBlock(block: string): StreamEvent {
  const event: StreamEvent = { event: 'message', data: '' };
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) event.comment = line.slice(1).trim();
    else if (line.startsWith('event: ')) event.event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
    else if (line.startsWith('retry: ')) event.event = 'retry';
  }
  event.data = data.join('\n');
  return event;
}
