import { ruleOperatorCatalogue, type FormSchema } from '@formwork/runtime';
import type { FormulaNames, FormulaSubform } from '../../rules/formula/FormulaNames.js';
import { listValueFields } from '../editor/listValueFields.js';
import { ruleFieldChoices } from './ruleFieldChoices.js';

/** Operators a formula may call: the engine's catalogue, plus JSON Logic's `var`. */
export const formulaFunctions: ReadonlySet<string> = new Set(['var', ...ruleOperatorCatalogue.map((entry) => entry.name)]);

/** The catalogue's aggregates: a subform, one of its columns, then a filter on its rows. */
export const formulaAggregates: ReadonlySet<string> = new Set(
  ruleOperatorCatalogue.filter((entry) => entry.args[0]?.kind === 'rows' && entry.args[1]?.kind === 'column').map((entry) => entry.name),
);

/** What a formula of field `forId` may name (see `ruleFieldChoices`), with the form's subforms and their columns. */
export function formulaNamesFor(schema: FormSchema, forId?: string): FormulaNames {
  const subforms = new Map<string, { label: string; columns: { id: string; label: string }[] }>();
  for (const entry of listValueFields(schema)) {
    if (entry.field.type === 'subform') subforms.set(entry.field.id, { label: entry.field.label, columns: [] });
    else if (entry.subformId !== undefined) subforms.get(entry.subformId)?.columns.push({ id: entry.field.id, label: entry.field.label });
  }
  return {
    fields: ruleFieldChoices(schema, forId).map(({ path, label }) => ({ path, label })),
    functions: formulaFunctions,
    subforms: [...subforms].map(([path, subform]): FormulaSubform => ({ path, ...subform })),
    aggregates: formulaAggregates,
  };
}
