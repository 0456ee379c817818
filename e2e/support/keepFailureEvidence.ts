import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * After a failed journey (call it from `afterEach`): a full-page screenshot of each page still
 * open, in `.e2e-data/<name>[-<who>].png` (git-ignored), and what the pages threw, on stderr.
 * Nothing after a passed one.
 *
 * @example
 * afterEach((context) => keepFailureEvidence(context.task, `org-${lang}`, page, pageErrors));
 */
export async function keepFailureEvidence(task: { readonly result?: { readonly state?: string } | undefined }, name: string, pages: Page | ReadonlyMap<string, Page>, pageErrors: readonly string[]): Promise<void> {
  if (task.result?.state !== 'fail') return;
  mkdirSync(new URL('../../.e2e-data/', import.meta.url), { recursive: true });
  const named: [string, Page][] = pages instanceof Map ? [...pages].map(([who, page]) => [`${name}-${who}`, page]) : [[name, pages as Page]];
  for (const [file, page] of named) {
    if (!page.isClosed()) await page.screenshot({ path: new URL(`../../.e2e-data/${file}.png`, import.meta.url).pathname, fullPage: true });
  }
  if (pageErrors.length > 0) console.error(`page errors:\n${pageErrors.join('\n')}`);
}
