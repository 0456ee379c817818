import type { JsonObject } from '@formwork/runtime';

/**
 * A bundled document with every `formId` that names a form key of the bundle replaced by the
 * form's new stored id. Inside a bundle, link fields, workflows, scoring sources and targets and
 * dashboard queries all name forms by `formId` (see `checkBundleReferences`), so rewriting that
 * one property everywhere keeps every reference right, including places a later document kind adds.
 * Lookups name a link field of their own form, so they need nothing.
 *
 * @example
 * rebindFormKeys({ type: 'link', formId: 'customers' }, new Map([['customers', 'frm_1']])) // { type: 'link', formId: 'frm_1' }
 */
export function rebindFormKeys<T extends object>(document: T, formIds: ReadonlyMap<string, string>): T {
  return rebind(document as unknown as JsonObject, formIds) as unknown as T;
}

function rebind(value: unknown, formIds: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rebind(item, formIds));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'formId' && typeof item === 'string' ? (formIds.get(item) ?? item) : rebind(item, formIds);
  }
  return copy;
}
