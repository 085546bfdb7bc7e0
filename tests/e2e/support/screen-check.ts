import type { Page } from 'playwright-core';
import { runAxe } from './axe';
import { horizontalOverflow } from './layout';

/**
 * What must hold on every screen a test visits: no serious or critical axe findings and no
 * sideways scroll. One readable line per problem; `expect(await screenProblems(page)).toEqual([])`.
 */
export async function screenProblems(page: Page): Promise<string[]> {
  const url = new URL(page.url());
  const screen = `${url.pathname}${url.search}`;
  const axe = (await runAxe(page)).map((p) => `${screen}: axe ${p.id} (${p.impact}) ${p.help}: ${p.targets.join(', ')}`);
  const overflow = await horizontalOverflow(page);
  return [...axe, ...(overflow.length > 0 ? [`${screen}: scrolls sideways: ${overflow.join(', ')}`] : [])];
}
