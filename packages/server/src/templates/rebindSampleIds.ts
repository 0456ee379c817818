/**
 * Sample record data with every generated id (a record's `crm_customers_12`, a user's, a
 * department's) replaced by the id the install gave it. Link, member and department values hold
 * the ids as strings, alone, in arrays or inside subform rows; any string equal to a generated id
 * is one of them (the generator's ids are prefixed and never appear as text), so a walk over the
 * values rebinds every shape without a table of field types.
 */
export function rebindSampleIds(data: Readonly<Record<string, unknown>>, ids: ReadonlyMap<string, string>): Record<string, unknown> {
  return rebind(data, ids) as Record<string, unknown>;
}

function rebind(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => rebind(item, ids));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = rebind(item, ids);
  return copy;
}
