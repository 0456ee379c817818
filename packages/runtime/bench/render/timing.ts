/** Helpers the benchmark page uses to time both renderers the same way. */

/** Sets an input's value the way typing does, so that React's and SurveyJS's handlers both see it. */
export function typeInto(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves once `element`'s digits read `digits` (checked at once, then on every DOM mutation). */
export function waitForDigits(element: () => Element | null, digits: string, timeoutMs = 5000): Promise<void> {
  const matches = (): boolean => (element()?.textContent ?? '').replace(/\D/g, '') === digits;
  if (matches()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!matches()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out waiting for ${digits}; saw "${element()?.textContent ?? '(none)'}"`));
    }, timeoutMs);
  });
}

/** Forces style and layout, so that a timing includes them and not only the DOM writes. */
export function forceLayout(element: Element): number {
  return element.getBoundingClientRect().height;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** What one run of one renderer on one form measured, in milliseconds. */
export interface RenderTiming {
  readonly firstRenderMs: number;
  /** Median time from an input event to the recomputed total being on screen (layout done). */
  readonly keystrokeMs: number;
}
