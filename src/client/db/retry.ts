/** Signals that another tab committed to the same records between our read and our commit. */
export const RACED = 'retry' as const;

const MAX_ATTEMPTS = 12;
const MAX_PAUSE_MS = 100;

/**
 * Run an optimistic write until it commits. An attempt reads, encodes outside the transaction
 * (see codec.ts) and commits only if nothing changed meanwhile, else returns RACED.
 *
 * WHY the pause: the tab that just committed starts its next queued write at once and so wins
 * the next round too. Retrying straight away, a write in another tab lost every round while the
 * winner had five or more writes queued, and was thrown away. A growing random pause lets the
 * winner's queue drain and the loser in.
 */
export async function retryWhenRaced<T>(attempt: () => Promise<T | typeof RACED>, giveUp: string): Promise<T> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const result = await attempt();
    if (result !== RACED) return result;
    const pause = Math.min(MAX_PAUSE_MS, 2 ** i);
    await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * (pause / 2)));
  }
  throw new Error(giveUp);
}
