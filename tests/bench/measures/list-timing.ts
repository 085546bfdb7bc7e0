// Timings of a long list on the page, shared by the households list and the kernteam review.
import type { Page } from 'playwright-core';

/**
 * Milliseconds from an input's change until the list for it is painted (the count line changed).
 * `value` is typed into an input or chosen in a select, as a person does.
 */
export function changeMs(page: Page, control: string, countLine: string, value: string): Promise<number> {
  return page.evaluate(
    ({ control, countLine, value }) =>
      new Promise<number>((resolve, reject) => {
        const element = document.querySelector<HTMLInputElement | HTMLSelectElement>(control)!;
        const status = document.querySelector(countLine)!;
        const before = status.textContent;
        const started = performance.now();
        // React listens for 'input'/'change' on the element with the native value set.
        const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
        element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
        const check = () => {
          if (status.textContent !== before) requestAnimationFrame(() => resolve(performance.now() - started));
          else if (performance.now() - started > 30_000) reject(new Error(`"${value}" in ${control} showed "${status.textContent}"`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { control, countLine, value },
  );
}

/** The same, for a search field (kept as its own name for the households measure). */
export const searchMs = (page: Page, input: string, countLine: string, query: string) => changeMs(page, input, countLine, query);

/** Scrolls the page through `distance` px, a step per frame; every frame's duration and the long tasks meanwhile. */
export function scrollFrames(page: Page, distance: number, step: number): Promise<{ frames: number[]; longTasks: number; longTaskMs: number }> {
  return page.evaluate(
    ({ distance, step }) =>
      new Promise<{ frames: number[]; longTasks: number; longTaskMs: number }>((resolve) => {
        window.scrollTo(0, 0);
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
        try {
          observer.observe({ type: 'longtask' });
        } catch {
          // No long-task timing in this browser: counted as none.
        }
        const frames: number[] = [];
        let last = performance.now();
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          if (window.scrollY >= distance || frames.length > 2_000) {
            observer.disconnect();
            return resolve({ frames: frames.slice(1), longTasks: tasks.length, longTaskMs: tasks.reduce((a, b) => a + b, 0) });
          }
          window.scrollBy(0, step);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { distance, step },
  );
}
