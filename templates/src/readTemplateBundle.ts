import { readFileSync } from 'node:fs';

/** The templates shipped in this package, by directory name. */
export const templateNames = ['crm', 'performance'] as const;

export type TemplateName = (typeof templateNames)[number];

/**
 * A template's `bundle.json` as JSON, unchecked: pass it to the engine's `parseAppBundle`, which
 * migrates and checks it like any imported bundle.
 *
 * @example
 * const result = parseAppBundle(readTemplateBundle('crm'));
 */
export function readTemplateBundle(name: TemplateName): unknown {
  return JSON.parse(readFileSync(new URL(`../${name}/bundle.json`, import.meta.url), 'utf8'));
}
