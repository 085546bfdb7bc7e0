/**
 * Runs writes of this tab one after another. A write reads the record, encodes it outside the
 * transaction (see codec.ts), then commits; two interleaved writes to the same record would
 * otherwise both start from the same old copy and the second would drop the first's fields.
 * Writes from other tabs are caught by the version check before each commit (stillAsRead, last-write.ts).
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every write queued so far has committed (used before an app update reloads). */
  flush(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
