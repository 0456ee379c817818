import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order, one main…). */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and fails with one readable line per violating node:
 * `rule (impact): help — selector: summary`. The page's context must be opened with
 * `bypassCSP: true`: the app's Content-Security-Policy refuses injected scripts, as it should.
 *
 * @example
 * const context = await browser.newContext({ bypassCSP: true });
 * await checkAccessibility(page, 'fill form, 360 px, en');
 */
export async function checkAccessibility(page: Page, state: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    (runOnly) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] }),
    tags,
  );
  if (results.violations.length > 0) throw new Error(`axe found ${countNodes(results.violations)} violation(s) in "${state}":\n${describeViolations(results.violations)}`);
}

function countNodes(violations: readonly Result[]): number {
  return violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
}

function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => `- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
    )
    .join('\n');
}
