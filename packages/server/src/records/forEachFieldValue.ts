import type { CompiledForm, RecordData, ValueFieldDefinition } from '@formwork/runtime';

/** Where a value sits in a record: top level, or a cell of a subform row. */
export interface FieldValueSite {
  readonly field: ValueFieldDefinition;
  readonly value: unknown;
  /** RFC 6901 pointer into the record data: `/f_amount`, `/f_items/2/f_qty`. */
  readonly pointer: string;
  /** The row holding the cell (its other cells, e.g. the row's link for a lookup); undefined at the top level. */
  readonly row: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Visits every present value of the form's value fields in a record — top-level fields, then the
 * cells of each subform row — in form order. Reads own properties only, and tolerates any shape
 * (a subform that is not an array of objects is skipped).
 */
export function forEachFieldValue(form: Pick<CompiledForm, 'valueFields'>, data: RecordData, visit: (site: FieldValueSite) => void): void {
  for (const { field, subform } of form.valueFields) {
    if (!subform) {
      if (Object.hasOwn(data, field.id)) visit({ field, value: data[field.id], pointer: `/${field.id}`, row: undefined });
      continue;
    }
    const rows = Object.hasOwn(data, subform.id) ? data[subform.id] : undefined;
    if (!Array.isArray(rows)) continue;
    rows.forEach((row: unknown, index) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) return;
      const cells = row as Record<string, unknown>;
      if (Object.hasOwn(cells, field.id)) visit({ field, value: cells[field.id], pointer: `/${subform.id}/${index}/${field.id}`, row: cells });
    });
  }
}

/**
 * A copy of the record with some values replaced: `replace` returns the new value for a site, or
 * `undefined` to keep it. Rows touched are copied; nothing of the input is modified.
 */
export function replaceFieldValues(
  form: Pick<CompiledForm, 'valueFields'>,
  data: RecordData,
  replace: (site: FieldValueSite) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...data };
  for (const { field, subform } of form.valueFields) {
    if (!subform) {
      const value = Object.hasOwn(data, field.id) ? data[field.id] : undefined;
      const next = replace({ field, value, pointer: `/${field.id}`, row: undefined });
      if (next !== undefined) result[field.id] = next;
      continue;
    }
    const rows = result[subform.id];
    if (!Array.isArray(rows)) continue;
    result[subform.id] = rows.map((row: unknown, index) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
      const cells = row as Record<string, unknown>;
      const value = Object.hasOwn(cells, field.id) ? cells[field.id] : undefined;
      const next = replace({ field, value, pointer: `/${subform.id}/${index}/${field.id}`, row: cells });
      return next === undefined ? cells : { ...cells, [field.id]: next };
    });
  }
  return result;
}
