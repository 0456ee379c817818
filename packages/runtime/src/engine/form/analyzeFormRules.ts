import type { DocumentIssue } from '../documents/DocumentIssue.js';
import type { FormSchema, TextField } from '../documents/form/FormSchema.js';
import { compileRule } from '../rules/index.js';
import { anchoredPattern } from './buildRecordSchema.js';
import { buildRuleGraph } from './buildRuleGraph.js';
import { formIssue } from './formIssues.js';
import type { FormRuleGraph } from './FormRuleGraph.js';
import { indexFormFields } from './indexFormFields.js';
import type { FormFieldIndex } from './indexFormFields.js';
import type { RuleGraph } from './RuleGraph.js';
import { toFormRuleGraph } from './toFormRuleGraph.js';

/** A form's rules, analysed: every issue that would stop `compileForm`, and what depends on what. */
export interface FormRulesAnalysis {
  readonly issues: readonly DocumentIssue[];
  readonly graph: FormRuleGraph;
}

/** The analysis with the engine's own structures, for compileForm. */
export interface FormAnalysis {
  readonly index: FormFieldIndex;
  readonly ruleGraph: RuleGraph;
  readonly issues: readonly DocumentIssue[];
}

/** Compiles every rule of the form, builds the dependency graph and gathers every issue. */
export function analyzeForm(schema: FormSchema): FormAnalysis {
  const index = indexFormFields(schema);
  const ruleGraph = buildRuleGraph(schema, index, (rule) => compileRule(rule));
  const issues = [...ruleGraph.issues];
  for (const entry of index.valueFields) {
    const field = entry.field;
    if ((field.type === 'text' || field.type === 'textarea') && field.pattern !== undefined && !isValidPattern(field)) {
      issues.push(formIssue('invalid_pattern', `${entry.definitionPointer}/pattern`, { label: field.label }));
    }
  }
  return { index, ruleGraph, issues };
}

function isValidPattern(field: TextField): boolean {
  try {
    new RegExp(anchoredPattern(field.pattern ?? ''), 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a form's rules without compiling its validators, for the designer: unknown fields,
 * `$row` outside a subform, subform columns read from outside their row, computed field names,
 * malformed rules and patterns, and cycles among formulas, defaults and visibility (named by
 * label: "公式循环引用：金额 → 单价 → 金额"). Also returns what each field depends on.
 *
 * @example
 * const { issues, graph } = analyzeFormRules(schema);
 * if (issues.some((issue) => issue.code === 'cycle')) refuse();
 * graph.dependsOn.get('f_amount') // [{ fieldId: 'f_price', via: 'formula', sameRow: false }, …]
 */
export function analyzeFormRules(schema: FormSchema): FormRulesAnalysis {
  const analysis = analyzeForm(schema);
  return { issues: analysis.issues, graph: toFormRuleGraph(analysis.ruleGraph) };
}
