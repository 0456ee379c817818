const fieldIdPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * The value-table column holding a field's values: `"v_<fieldId>"`, quoted. Both adapters name
 * it the same way, so databases written before the ports lost their SQL keep working without a
 * migration. Field ids are checked here once more (they already passed the form meta-schema),
 * because this string goes into SQL text: nothing that is not a plain identifier can ever get there.
 *
 * @example
 * valueColumnName('f_amount') // '"v_f_amount"'
 */
export function valueColumnName(fieldId: string): string {
  if (!fieldIdPattern.test(fieldId)) throw new Error(`not a field id: ${JSON.stringify(fieldId)}`);
  return `"v_${fieldId}"`;
}
