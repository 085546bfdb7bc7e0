import type { Page } from 'playwright-core';

/**
 * Elements that stick out to the right of the viewport, so the page scrolls sideways (at 320 px
 * that fails WCAG 1.4.10 Reflow). Empty when the page fits.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    // The innermost culprits say most; their ancestors only stick out because of them.
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return [`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`, ...innermost.slice(0, 10).map(describe)];
  });
}
