import type { CompiledForm } from '@formwork/runtime';

/**
 * Gives every subform row sent without an `_id` a new one; rows that bring one keep it (the
 * engine still checks its format). A renderer names its rows itself, but a client of the API
 * (curl, a script) should not have to invent ids for rows it creates. Returns the input
 * unchanged when nothing was missing, else a copy — the caller's object is never touched.
 *
 * @example
 * assignRowIds(form, { f_items: [{ f_qty: 1 }] }, () => 'r1') // { f_items: [{ _id: 'r1', f_qty: 1 }] }
 */
export function assignRowIds(form: Pick<CompiledForm, 'valueFields'>, input: unknown, newRowId: () => string): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const data = input as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const { field, subform } of form.valueFields) {
    if (subform || field.type !== 'subform' || !Object.hasOwn(data, field.id)) continue;
    const rows = data[field.id];
    if (!Array.isArray(rows) || !rows.some(lacksId)) continue;
    copy ??= { ...data };
    copy[field.id] = rows.map((row: unknown) => (lacksId(row) ? { _id: newRowId(), ...(row as object) } : row));
  }
  return copy ?? input;
}

function lacksId(row: unknown): boolean {
  return typeof row === 'object' && row !== null && !Array.isArray(row) && !Object.hasOwn(row, '_id');
}
