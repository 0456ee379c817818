import type { RuleLogic } from '@formwork/runtime';
import type { FormulaNames, FormulaSubform } from './FormulaNames.js';
import { printFormula } from './printFormula.js';

/**
 * A catalogue example as formula text, its made-up fields named after their ids without the `f_`
 * (`sum_of({items}, {amount})`), so that it reads the way the admin will write it. `undefined`
 * when formula text cannot show it.
 *
 * @example
 * printFunctionExample({ round: [{ var: 'f_amount' }, 2] }, new Set(['round'])) // 'round({amount}, 2)'
 */
export function printFunctionExample(example: RuleLogic, functions: ReadonlySet<string>, aggregates: ReadonlySet<string> = new Set()): string | undefined {
  const fields = new Map<string, string>();
  const subforms = new Map<string, Map<string, string>>();
  const label = (id: string): string => id.replace(/^(\$row\.)?f_/, '');
  const visit = (rule: RuleLogic, row: Map<string, string> | undefined): void => {
    if (Array.isArray(rule)) return rule.forEach((item) => visit(item, row));
    if (typeof rule !== 'object' || rule === null) return;
    for (const [op, raw] of Object.entries(rule as Readonly<Record<string, RuleLogic>>)) {
      const args: readonly RuleLogic[] = Array.isArray(raw) ? raw : [raw];
      if (op === 'var' && typeof raw === 'string') {
        if (raw.startsWith('$row.') && row) row.set(raw.slice('$row.'.length), label(raw));
        else fields.set(raw, label(raw));
        continue;
      }
      const rows = aggregates.has(op) ? args[0] : undefined;
      const path = typeof rows === 'object' && rows !== null && !Array.isArray(rows) ? (rows as Readonly<Record<string, RuleLogic>>)['var'] : undefined;
      if (typeof path !== 'string') {
        visit(raw, row);
        continue;
      }
      const columns = subforms.get(path) ?? new Map<string, string>();
      subforms.set(path, columns);
      fields.set(path, label(path));
      if (typeof args[1] === 'string') columns.set(args[1], label(args[1]));
      args.slice(2).forEach((arg) => visit(arg, columns));
    }
  };
  visit(example, undefined);
  const names: FormulaNames = {
    fields: [...fields].map(([path, name]) => ({ path, label: name })),
    functions,
    subforms: [...subforms].map(([path, columns]): FormulaSubform => ({ path, label: label(path), columns: [...columns].map(([id, name]) => ({ id, label: name })) })),
    aggregates,
  };
  return printFormula(example, names);
}
