import type { DocumentIssue } from '../documents/DocumentIssue.js';
import type { DescriptionField, ValidationRule } from '../documents/form/FormSchema.js';
import type { CompiledRule } from '../rules/CompiledRule.js';
import type { ValueField, ValueFieldDefinition } from './CompiledForm.js';
import type { FormRuleKind } from './FormRuleGraph.js';

/**
 * The compiled dependency graph of a form's rules: one node per visibility (of a field, section
 * or description block) and per value (of a value field), in evaluation order. Nodes of subform
 * columns (description blocks among them) are evaluated once per row.
 */
export interface RuleGraph {
  /** Every node, in an order where each comes after everything it reads. */
  readonly nodes: readonly RuleNode[];
  readonly visibilityById: ReadonlyMap<string, RuleNode>;
  readonly valueById: ReadonlyMap<string, RuleNode>;
  readonly validations: readonly ValidationNode[];
  readonly issues: readonly DocumentIssue[];
  /** Whether any value field can be hidden: if not, rules read values as they are. */
  readonly hasVisibilityRules: boolean;
}

export interface RuleNode {
  readonly kind: 'visibility' | 'value';
  /** The field's, section's or description block's id. */
  readonly id: string;
  readonly label: string;
  readonly definitionPointer: string;
  /** The value field of a value node (and of a field's visibility node); absent for sections. */
  readonly field?: ValueFieldDefinition;
  readonly entry?: ValueField;
  /**
   * Set on the visibility node of a description block. It hides no value, so nothing reads it:
   * it never takes part in a cycle, and only what shows the form (evaluate, the session) runs it.
   */
  readonly description?: DescriptionField;
  /** Set on per-row nodes: the subform whose rows they are evaluated for. */
  readonly subformId?: string;
  /** Visibility nodes: the field's or section's own rule, if it has one. */
  readonly visibleWhen?: CompiledRule;
  /** Visibility nodes: the visibility of the nearest enclosing section or subform, if it can change. */
  readonly container?: RuleNode;
  /** Value nodes: the field's own visibility node, if it has one. */
  readonly visibility?: RuleNode;
  /** Value nodes of formula fields. */
  readonly formula?: CompiledRule;
  /**
   * Formulas that read some number field as 0 while it is empty: every path the formula reads,
   * split on dots. While all of them are empty the formula stays blank (see computeFormulaValue).
   */
  readonly formulaInputs?: readonly (readonly string[])[];
  /** Value nodes of fields whose default is a formula. */
  readonly defaultFormula?: CompiledRule;
  /** Position in `RuleGraph.nodes`. */
  readonly order: number;
  /** What this node reads. */
  readonly reads: readonly RuleEdge[];
  /** What reads this node. */
  readonly dependents: readonly RuleEdge[];
  /** Form-level validations that read this node. */
  readonly validations: readonly ValidationNode[];
}

export interface RuleEdge {
  readonly node: RuleNode;
  /** A per-row node reading (or read by) the same row's node: only that row is affected. */
  readonly sameRow: boolean;
  readonly via: FormRuleKind | 'container';
}

export interface ValidationNode {
  readonly rule: ValidationRule;
  readonly index: number;
  readonly assert: CompiledRule;
  readonly when?: CompiledRule;
  /** The field the error is shown beside (`fields[0]`), when it exists. */
  readonly target?: ValueField;
  /** The rule names fields only at run time: re-check it after every change. */
  readonly dynamic: boolean;
}
