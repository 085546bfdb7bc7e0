import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { HouseholdListItem } from '../../db';
import { HouseholdRow } from './HouseholdRow';
import { learnedRowHeight } from './row-height';

/** A first guess of a row's height in px; every row is measured once it is drawn. */
const ESTIMATED_ROW_PX = 96;

/**
 * The households, drawn only where the page is scrolled to: a team's review list holds
 * thousands, and drawing every row (four DOM nodes each) took seconds on a slow phone. The page
 * itself scrolls, so the search field and header stay where they are. Screen readers still hear
 * the list's true length and each row's place in it (aria-setsize / aria-posinset).
 * Memoised: a keystroke in the search field above it renders the screen, not the list.
 */
export const HouseholdList = memo(function HouseholdList({
  households,
  renderRow = (household) => <HouseholdRow household={household} />,
  estimatedRowPx = ESTIMATED_ROW_PX,
}: {
  households: readonly HouseholdListItem[];
  /** The row to draw (the households list's by default; the kernteam's review draws its own). */
  renderRow?: (household: HouseholdListItem) => ReactNode;
  estimatedRowPx?: number;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the list starts on the page; it moves when something above it appears (a notice, the
  // pull's progress), so it is measured again whenever the page's layout changes size.
  useLayoutEffect(() => {
    const measure = () => setScrollMargin(listRef.current ? Math.round(listRef.current.getBoundingClientRect().top + window.scrollY) : 0);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const [rowHeight] = useState(() => learnedRowHeight(estimatedRowPx));
  // The same function while the list is the same: the virtualizer places every row again when
  // its key function changes, and a new one on each render did that on every frame of a scroll
  // (5,000 rows placed per frame: most of the scroll's script time at 4× CPU).
  const getItemKey = useCallback((index: number) => households[index]!.id, [households]);
  const virtualizer = useWindowVirtualizer({
    count: households.length,
    estimateSize: rowHeight.estimate,
    overscan: 6,
    scrollMargin,
    getItemKey,
    measureElement: rowHeight.measure,
  });
  return (
    <ul ref={listRef} className="plain-list virtual-list" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          aria-setsize={households.length}
          aria-posinset={item.index + 1}
          className="virtual-list__item"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {renderRow(households[item.index]!)}
        </li>
      ))}
    </ul>
  );
});
