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
  /** Nodes that compute something the record's values depend on, in evaluation order. */
  readonly activeNodes: readonly RuleNode[];
  /**
   * Visibility nodes of description blocks, in evaluation order. Nothing reads them, so a full
   * evaluation runs them after `activeNodes`, and only when visibility is asked for.
   */
  readonly descriptionNodes: readonly RuleNode[];
  /** Ids of the description blocks in each subform's rows, by subform id. */
  readonly rowDescriptions: ReadonlyMap<string, readonly string[]>;
  readonly validations: readonly ValidationNode[];
  /** Rules read a copy of the values (hidden fields absent, `$row` bound per row), not the values. */
  readonly separateScope: boolean;
  /** Subforms whose cells can be hidden: their rows' scopes are copies too. */
  readonly rowScopesSeparate: ReadonlySet<string>;
  /** Whether anything the stored record depends on is computed (defaults, formulas, visibility of value fields, validations). */
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
  const descriptionNodes = graph.nodes.filter((node) => node.description !== undefined);
  const activeNodes = graph.nodes.filter(
    (node) =>
      node.description === undefined &&
      (node.kind === 'visibility' || node.formula !== undefined || node.defaultFormula !== undefined || node.visibility !== undefined),
  );
  const rowScopesSeparate = new Set<string>();
  for (const node of activeNodes) {
    if (node.kind === 'visibility' && node.subformId !== undefined) rowScopesSeparate.add(node.subformId);
  }
  const rowDescriptions = new Map<string, string[]>();
  for (const entry of index.descriptionsById.values()) {
    if (entry.subform === undefined) continue;
    const ids = rowDescriptions.get(entry.subform.id) ?? [];
    ids.push(entry.description.id);
    rowDescriptions.set(entry.subform.id, ids);
  }
  // A description's rule binds `$row` too: the session must not bind it in the values themselves.
  const hasRowRules = activeNodes.some((node) => node.subformId !== undefined) || descriptionNodes.some((node) => node.subformId !== undefined);
  const hasStaticDefaults = [...fieldsById.values()].some((plan) => plan.hasStaticDefault);
  return {
    schema,
    index,
    graph,
    fields,
    fieldsById,
    subformsById,
    activeNodes,
    descriptionNodes,
    rowDescriptions,
    validations: graph.validations,
    separateScope: graph.hasVisibilityRules || hasRowRules,
    rowScopesSeparate,
    hasRules: activeNodes.length > 0 || graph.validations.length > 0,
    hasStaticDefaults,
  };
}
