import { ruleOperatorCatalogue, type FormSchema } from '@formwork/runtime';
import type { FormulaNames } from '../../rules/formula/FormulaNames.js';
import { ruleFieldChoices } from './ruleFieldChoices.js';

/** Operators a formula may call: the engine's catalogue, plus JSON Logic's `var`. */
export const formulaFunctions: ReadonlySet<string> = new Set(['var', ...ruleOperatorCatalogue.map((entry) => entry.name)]);

/** What a formula of field `forId` may name (see `ruleFieldChoices`). */
export function formulaNamesFor(schema: FormSchema, forId?: string): FormulaNames {
  return { fields: ruleFieldChoices(schema, forId).map(({ path, label }) => ({ path, label })), functions: formulaFunctions };
}
