import type { FormSchema } from '../documents/form/FormSchema.js';
import type { FieldPlan } from './FieldPlan.js';
import { planField } from './FieldPlan.js';
import type { FormFieldIndex } from './indexFormFields.js';
import type { RuleGraph, RuleNode, ValidationNode } from './RuleGraph.js';

/** A form worked out for evaluation: field plans, the rule graph, and what evaluation can skip. */
export interface FormPlan {
  readonly schema: FormSchema;
  readonly index: FormFieldIndex;
  readonly graph: RuleGraph;
  /** Top-level value fields in form order (subforms carry their columns). */
  readonly fields: readonly FieldPlan[];
  readonly fieldsById: ReadonlyMap<string, FieldPlan>;
  /** Subforms by id. */
  readonly subformsById: ReadonlyMap<string, FieldPlan>;
  /** Nodes that compute something in a full evaluation, in evaluation order. */
  readonly activeNodes: readonly RuleNode[];
  readonly validations: readonly ValidationNode[];
  /** Rules read a copy of the values (hidden fields absent, `$row` bound per row), not the values. */
  readonly separateScope: boolean;
  /** Subforms whose cells can be hidden: their rows' scopes are copies too. */
  readonly rowScopesSeparate: ReadonlySet<string>;
  /** Whether anything is computed at all (defaults, formulas, visibility, validations). */
  readonly hasRules: boolean;
  readonly hasStaticDefaults: boolean;
}

/** Plans a form from its index and compiled rule graph. */
export function buildFormPlan(schema: FormSchema, index: FormFieldIndex, graph: RuleGraph): FormPlan {
  const fieldsById = new Map<string, FieldPlan>();
  const subformsById = new Map<string, FieldPlan>();
  const fields = index.topFields.map((entry) => {
    const columns = (index.columnsBySubform.get(entry.field.id) ?? []).map((column) => {
      const plan = planField(column, []);
      fieldsById.set(plan.id, plan);
      return plan;
    });
    const plan = planField(entry, columns);
    fieldsById.set(plan.id, plan);
    if (entry.field.type === 'subform') subformsById.set(plan.id, plan);
    return plan;
  });
  const activeNodes = graph.nodes.filter(
    (node) => node.kind === 'visibility' || node.formula !== undefined || node.defaultFormula !== undefined || node.visibility !== undefined,
  );
  const rowScopesSeparate = new Set<string>();
  for (const node of graph.nodes) {
    if (node.kind === 'visibility' && node.subformId !== undefined) rowScopesSeparate.add(node.subformId);
  }
  const hasRowRules = activeNodes.some((node) => node.subformId !== undefined);
  const hasStaticDefaults = [...fieldsById.values()].some((plan) => plan.hasStaticDefault);
  return {
    schema,
    index,
    graph,
    fields,
    fieldsById,
    subformsById,
    activeNodes,
    validations: graph.validations,
    separateScope: graph.hasVisibilityRules || hasRowRules,
    rowScopesSeparate,
    hasRules: activeNodes.length > 0 || graph.validations.length > 0,
    hasStaticDefaults,
  };
}
