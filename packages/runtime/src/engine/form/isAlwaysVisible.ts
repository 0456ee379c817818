import type { ValueField } from './CompiledForm.js';

/** True when no rule can hide the field: neither it nor an enclosing section has `visibleWhen`. */
export function isAlwaysVisible(entry: ValueField): boolean {
  return entry.field.visibleWhen === undefined && entry.sections.every((section) => section.visibleWhen === undefined);
}
