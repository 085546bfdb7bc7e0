import { describe, expect, it } from 'vitest';
import { learnedRowHeight } from '../../../../../src/client/ui/households/row-height';

const element = (height: number) => ({ getBoundingClientRect: () => ({ height }) }) as unknown as Element;
const entry = (blockSize: number) => ({ borderBoxSize: [{ blockSize, inlineSize: 360 }] }) as unknown as ResizeObserverEntry;

describe('learnedRowHeight', () => {
  it('guesses until a row is measured, then assumes rows not yet drawn are as high as most rows so far', () => {
    const rows = learnedRowHeight(96);
    expect(rows.estimate()).toBe(96);
    expect(rows.measure(element(111))).toBe(111);
    expect(rows.estimate()).toBe(111);
    // One taller row (a crisis, one line more) does not change the guess for the others.
    rows.measure(element(140));
    expect(rows.estimate()).toBe(111);
    rows.measure(element(140));
    rows.measure(element(140));
    expect(rows.estimate()).toBe(140);
  });

  it("takes the ResizeObserver's size when it has one, without asking the layout", () => {
    const rows = learnedRowHeight(96);
    const noLayout = { getBoundingClientRect: () => expect.unreachable('forced layout') } as unknown as Element;
    expect(rows.measure(noLayout, entry(215))).toBe(215);
    expect(rows.estimate()).toBe(215);
  });

  it('keeps the known height where layout gives 0 px (a hidden tab, jsdom), so rows never collapse', () => {
    const rows = learnedRowHeight(96);
    expect(rows.measure(element(0))).toBe(96);
    rows.measure(element(120));
    expect(rows.measure(element(0), entry(0))).toBe(120);
    expect(rows.estimate()).toBe(120);
  });
});
