/**
 * The height the virtual list assumes for a row it has not drawn yet: the height most rows it
 * measured had (a guess until then). Rows of one list are mostly alike, so a new row then
 * measures what it was assumed to be, and the virtualizer has nothing to move: every row measured
 * differently from its guess made it place all the thousands of rows after it again, on each
 * frame of a scroll. The most common height, not the last one, so that an odd row (a crisis with
 * one line more) does not change the guess for all the others.
 */
export function learnedRowHeight(guessPx: number) {
  let typical = guessPx;
  const seen = new Map<number, number>();
  return {
    estimate: () => typical,
    /** A row's drawn height: from the ResizeObserver's entry when there is one (no forced layout). */
    measure(element: Element, entry?: ResizeObserverEntry): number {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
      // A row is never 0 px high; where layout gives nothing (a hidden tab, jsdom) keep the guess,
      // or every row would collapse onto the first and all of them would be drawn.
      if (!height) return typical;
      const count = (seen.get(height) ?? 0) + 1;
      seen.set(height, count);
      if (count > (seen.get(typical) ?? 0)) typical = height;
      return height;
    },
  };
}
