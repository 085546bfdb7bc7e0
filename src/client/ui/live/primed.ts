import type { Read, ScreenData } from '../../db';

/**
 * Results read before the first render, so the first screen renders with its data at once
 * instead of first as "Laden…" and again a moment later: on a slow phone those extra renders
 * and the waits between them were a third of the time to the first question. Only the first
 * render uses them; from then on the screens' live queries are the truth.
 */
const primed = new Map<string, unknown>();
let forgotten = false;

/** Run these reads now, all at once, and keep their results for the first render. */
export async function primeReads(data: ScreenData, list: readonly Read<unknown>[]): Promise<void> {
  forgotten = false;
  await Promise.all(
    list.map(async (r) => {
      const result = await data.read(r);
      // Too late for the first render: keeping it would show later screens an old state.
      if (!forgotten) primed.set(r.key, result);
    }),
  );
}

export function primedResult<T>(read: Read<T>): T | undefined {
  return primed.get(read.key) as T | undefined;
}

/** After the first render: later screens must read fresh, not what was true at start. */
export function forgetPrimed(): void {
  forgotten = true;
  primed.clear();
}
