import type { FormulaNames, FormulaSubform } from './FormulaNames.js';

type Column = FormulaSubform['columns'][number];

/** The column of `subform` named `text`: by its label when no other column has it, or by its id. */
export function findSubformColumn(subform: FormulaSubform, text: string): Column | undefined {
  const byLabel = subform.columns.filter((column) => column.label === text);
  if (byLabel.length === 1) return byLabel[0];
  return subform.columns.find((column) => column.id === text);
}

/**
 * What a `{…}` reference names when it names a subform: `{Items}` the subform, `{Items.Amount}` one
 * of its columns (labels or ids on either side of the dot; a label holding a dot is tried whole
 * first). `undefined` when it names no subform.
 *
 * @example
 * readSubformReference(names, '产品明细.小计') // { subform: { path: 'f_items', … }, column: { id: 'f_subtotal', label: '小计' } }
 */
export function readSubformReference(names: FormulaNames, text: string): { readonly subform: FormulaSubform; readonly column?: Column } | undefined {
  const subforms = names.subforms ?? [];
  const find = (name: string): FormulaSubform | undefined => {
    const byLabel = subforms.filter((subform) => subform.label === name);
    return byLabel.length === 1 ? byLabel[0] : subforms.find((subform) => subform.path === name);
  };
  const whole = find(text);
  if (whole) return { subform: whole };
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const subform = find(text.slice(0, dot).trim());
    const column = subform ? findSubformColumn(subform, text.slice(dot + 1).trim()) : undefined;
    if (subform && column) return { subform, column };
  }
  return undefined;
}

/**
 * The names inside an aggregate's filter: the filter reads one row of `subform` at a time, so its
 * columns are `$row.<id>` there (and the columns of the formula's own row are not).
 */
export function rowScopeNames(names: FormulaNames, subform: FormulaSubform): FormulaNames {
  return {
    ...names,
    fields: [
      ...subform.columns.map((column) => ({ path: `$row.${column.id}`, label: column.label })),
      ...names.fields.filter((field) => !field.path.startsWith('$row.')),
    ],
  };
}
