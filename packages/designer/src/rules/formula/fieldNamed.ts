import type { FormulaNames } from './FormulaNames.js';

type NamedField = FormulaNames['fields'][number];

/**
 * The field a `{label}` names: the only one with that label, or, when a column of the row being
 * read shares its label with a field of the form, that column (the nearer one, as in a filter).
 * `'ambiguous'` when several are equally near; `undefined` when none has the label.
 */
export function fieldNamed(fields: readonly NamedField[], label: string): NamedField | 'ambiguous' | undefined {
  const named = fields.filter((field) => field.label === label);
  if (named.length <= 1) return named[0];
  const inRow = named.filter((field) => field.path.startsWith('$row.'));
  return inRow.length === 1 ? inRow[0] : 'ambiguous';
}
