import type { Page } from 'playwright-core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Drags with the mouse the way a person does: press, a small first move (dnd-kit starts a drag
 * after 5 px), then the way to the target in small steps, and let go.
 *
 * Then it waits out dnd-kit's click guard: after a pointer drag, dnd-kit swallows every click for
 * 50 ms (a document listener it removes with `setTimeout(…, 50)`), so that the drop is not also a
 * click. A person never clicks that fast; a test does, and on a loaded machine the browser may run
 * that timer long after `mouse.up()` returned. The wait is a timer of the page's own, set after
 * dnd-kit's and longer: when it fires, the guard is gone (a fixed wait in the test could still be
 * too short — the dashboard designer's "Refresh preview" click was lost that way in CI).
 */
export async function pointerDrag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));
}
