import type { Locator, Page } from 'playwright-core';

/**
 * Counts the worker's taps through a flow, so a test can fail when a flow gets longer. Only
 * taps count; typing into a focused field does not (focusing it is a tap).
 */
export class TapCounter {
  count = 0;
  constructor(private readonly page: Page) {}

  async tap(target: Locator): Promise<void> {
    this.count++;
    await target.click();
  }

  /** Where a control sits in the viewport: its vertical centre as a share of the height (0 top, 1 bottom). */
  async heightShare(target: Locator): Promise<{ centre: number; inView: boolean }> {
    const box = await target.boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) throw new Error('no box or viewport');
    return { centre: (box.y + box.height / 2) / viewport.height, inView: box.y >= 0 && box.y + box.height <= viewport.height };
  }
}
