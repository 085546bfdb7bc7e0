import type { Locator, Page } from 'playwright-core';

/**
 * The save indicator once the last write has landed: it says "Opgeslagen" and is no longer busy
 * (SaveIndicator keeps its settled text while a later write runs, marked aria-busy).
 */
export function saved(scope: Page | Locator): Locator {
  return scope.locator('[role="status"]:not([aria-busy="true"])', { hasText: /^Opgeslagen$/ });
}
