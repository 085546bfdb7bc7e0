/**
 * The height the virtual list assumes for a row it has not drawn yet: the last row it measured
 * (a guess until then). Rows of one list are mostly alike, so a new row then measures what it was
 * assumed to be, and the virtualizer has nothing to move: every row measured differently from its
 * guess made it place all the thousands of rows after it again, on each frame of a scroll.
 */
export function learnedRowHeight(guessPx: number) {
  let typical = guessPx;
  return {
    estimate: () => typical,
    /** A row's drawn height: from the ResizeObserver's entry when there is one (no forced layout). */
    measure(element: Element, entry?: ResizeObserverEntry): number {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
      // A row is never 0 px high; where layout gives nothing (a hidden tab, jsdom) keep the guess,
      // or every row would collapse onto the first and all of them would be drawn.
      if (!height) return typical;
      typical = height;
      return height;
    },
  };
}
