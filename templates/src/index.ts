/**
 * @formwork/templates — the CRM and sales-performance app bundles and their sample data.
 */
export { readTemplateBundle, templateNames, type TemplateName } from './readTemplateBundle.js';
export { readTemplateVariants, type TemplateVariant } from './readTemplateVariants.js';
export { applyVariantOverlay, type TemplateVariantOverlay } from './applyVariantOverlay.js';
export * from './sampleData/index.js';
