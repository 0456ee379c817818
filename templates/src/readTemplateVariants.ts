import { readFileSync } from 'node:fs';
import { applyVariantOverlay } from './applyVariantOverlay.js';
import { readTemplateBundle, type TemplateName } from './readTemplateBundle.js';

/**
 * Documents a template installs in place of its own when another template is installed beside it
 * (before or after): the performance template's scheme reads the CRM's 跟进记录 and 合同 instead
 * of its own activity forms. Inside a variant a `formId` names a form of the template by key
 * (`targets`) or of the template used as `<template>:<key>` (`crm:followUps`); the installer
 * rebinds both and checks the result as any scheme is checked.
 */
export interface TemplateVariant {
  /** The template whose forms the variant reads. */
  readonly uses: TemplateName;
  readonly description: string;
  /** Replacements of the template's scoring schemes, by bundle key (unchecked JSON). */
  readonly scorings: readonly { readonly key: string; readonly schema: unknown }[];
}

const variantFiles: Readonly<Record<TemplateName, readonly string[]>> = { crm: [], performance: ['withCrm.json'] };

/**
 * The variants a template ships (none for most), each scheme the bundle's own with the overlay's
 * sources and descriptions in place (`applyVariantOverlay`).
 *
 * @example
 * readTemplateVariants('performance')[0]?.uses // 'crm'
 */
export function readTemplateVariants(name: TemplateName): TemplateVariant[] {
  const bundle = readTemplateBundle(name);
  return variantFiles[name].map((file) => applyVariantOverlay(bundle, JSON.parse(readFileSync(new URL(`../${name}/${file}`, import.meta.url), 'utf8')) as unknown));
}
