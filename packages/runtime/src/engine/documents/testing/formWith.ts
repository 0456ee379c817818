/**
 * The smallest form around the given fields, as plain JSON (fields may be deliberately wrong).
 *
 * @example
 * parseFormSchema(formWith([{ id: 'f_a', type: 'number', label: 'A', min: 'x' }]))
 */
export function formWith(fields: readonly unknown[], rest: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { kind: 'form', schemaVersion: 1, title: 'Test form', fields, ...rest };
}
