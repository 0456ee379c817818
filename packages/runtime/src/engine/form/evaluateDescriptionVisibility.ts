import type { EvaluationContext } from './CompiledForm.js';
import { computeVisibility } from './evaluateRecord.js';
import type { EvaluatedRecord } from './evaluateRecord.js';
import type { FormPlan } from './FormPlan.js';

/**
 * Works out which description blocks show, on a record `evaluateRecord` has evaluated, into its
 * `visible` maps (the rows' for blocks inside a subform). Nothing reads a description, so this
 * runs last and only where visibility is wanted: the stored record never depends on it.
 */
export function evaluateDescriptionVisibility(plan: FormPlan, evaluated: EvaluatedRecord, ctx: EvaluationContext): void {
  const { values, visible, rows } = evaluated;
  for (const node of plan.descriptionNodes) {
    if (node.subformId === undefined) {
      visible[node.id] = computeVisibility(node, values, visible, undefined, ctx);
      continue;
    }
    for (const state of rows[node.subformId] ?? []) {
      values.$row = state.values;
      state.visible[node.id] = computeVisibility(node, values, visible, state, ctx);
    }
    values.$row = undefined;
  }
}
