import { truthy } from '../rules/values/truthy.js';
import type { EvaluationContext } from './CompiledForm.js';
import { computeFormulaValue } from './computeFormulaValue.js';
import { dictionary } from './dictionary.js';
import type { FormPlan } from './FormPlan.js';
import type { RowValues } from './readRecordInputs.js';
import type { RuleNode } from './RuleGraph.js';
import { runRule } from './runRule.js';
import { staticDefaultValue } from './staticDefaultValue.js';

/** One subform row during evaluation: its values (hidden cells absent) and which cells show. */
export interface RowState {
  /** The row as rules read it through `$row`: hidden cells absent. */
  readonly values: RowValues;
  /** Visibility of the row's cells (and description blocks) that have a visibility node. */
  readonly visible: Record<string, boolean>;
  /** What hidden cells held, kept for the renderer; `undefined` unless asked to keep them. */
  readonly hidden: Record<string, unknown> | undefined;
}

/** A record after defaults, visibility and formulas, before validation. */
export interface EvaluatedRecord {
  /**
   * Values by field id as rules read them: hidden fields absent, subforms holding arrays of row
   * values. (It may hold a `$row` key, bound while rows were evaluated: read fields by id only.)
   */
  readonly values: Record<string, unknown>;
  /**
   * Visibility of the fields and sections that have a visibility node; the rest always show.
   * Description blocks are added by `evaluateDescriptionVisibility` when visibility is wanted.
   */
  readonly visible: Record<string, boolean>;
  /** Row states by subform id (only subforms whose value is an array). */
  readonly rows: Readonly<Record<string, readonly RowState[]>>;
  /** What hidden top-level fields held, when asked to keep them. */
  readonly hidden: Record<string, unknown> | undefined;
}

/**
 * Runs a form's defaults, visibility and formulas over record values (fresh objects from
 * readRecordInputs), in dependency order and in place. A field found hidden is emptied before
 * anything reads it, so rules see hidden fields as absent; with `keepHidden` what it held is
 * kept aside for the renderer, which shows it again when the field comes back.
 */
export function evaluateRecord(plan: FormPlan, values: Record<string, unknown>, ctx: EvaluationContext, keepHidden: boolean): EvaluatedRecord {
  const rows = dictionary<RowState[]>();
  for (const subform of plan.subformsById.values()) {
    const list = values[subform.id];
    if (!Array.isArray(list)) continue;
    rows[subform.id] = (list as RowValues[]).map((row) => ({ values: row, visible: dictionary<boolean>(), hidden: keepHidden ? dictionary<unknown>() : undefined }));
  }
  if (plan.hasStaticDefaults) applyStaticDefaults(plan, values, rows, ctx);
  const visible = dictionary<boolean>();
  const hidden = keepHidden ? dictionary<unknown>() : undefined;
  for (const node of plan.activeNodes) {
    if (node.subformId === undefined) {
      if (node.kind === 'visibility') visible[node.id] = computeVisibility(node, values, visible, undefined, ctx);
      else computeValue(node, values, values, visible, hidden, ctx);
      continue;
    }
    const states = rows[node.subformId];
    if (states === undefined) continue;
    for (const state of states) {
      values.$row = state.values;
      if (node.kind === 'visibility') state.visible[node.id] = computeVisibility(node, values, visible, state, ctx);
      else computeValue(node, state.values, values, state.visible, state.hidden, ctx);
    }
  }
  if (plan.activeNodes.length > 0) values.$row = undefined;
  return { values, visible, rows, hidden };
}

function applyStaticDefaults(plan: FormPlan, values: Record<string, unknown>, rows: Readonly<Record<string, readonly RowState[]>>, ctx: EvaluationContext): void {
  for (const field of plan.fields) {
    if (field.hasStaticDefault && values[field.id] === undefined) values[field.id] = staticDefaultValue(field.entry.field, ctx);
    const states = rows[field.id];
    if (states === undefined) continue;
    for (const column of field.columns) {
      if (!column.hasStaticDefault) continue;
      for (const state of states) if (state.values[column.id] === undefined) state.values[column.id] = staticDefaultValue(column.entry.field, ctx);
    }
  }
}

/** Shown when the enclosing section or subform shows and the field's own rule holds. */
export function computeVisibility(
  node: RuleNode,
  scope: Readonly<Record<string, unknown>>,
  visible: Readonly<Record<string, boolean>>,
  row: { readonly visible: Readonly<Record<string, boolean>> } | undefined,
  ctx: EvaluationContext,
): boolean {
  const container = node.container;
  if (container !== undefined) {
    const shown = container.subformId !== undefined && row !== undefined ? row.visible[container.id] : visible[container.id];
    if (shown === false) return false;
  }
  return node.visibleWhen === undefined || truthy(runRule(node.visibleWhen, scope, ctx));
}

/** A formula default gives nothing for null, NaN or an infinity: the field stays absent. */
function usableDefault(value: unknown): unknown {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return undefined;
  return value;
}

/**
 * The value a value node gives: a formula's result, a formula default's while the value is
 * absent, else the value as it is. `ruleScope` is what rules read (with `$row` bound for a row).
 */
export function computeNodeValue(node: RuleNode, current: unknown, ruleScope: Readonly<Record<string, unknown>>, ctx: EvaluationContext): unknown {
  if (node.formula !== undefined && node.field?.type === 'formula') return computeFormulaValue(node.field, node.formula, node.formulaInputs, ruleScope, ctx);
  if (node.defaultFormula !== undefined && current === undefined) return usableDefault(runRule(node.defaultFormula, ruleScope, ctx));
  return current;
}

/**
 * Runs a value node on `target` (the record's or the row's values), then empties the value if
 * the field is hidden, keeping what it held in `hidden` when given.
 */
function computeValue(
  node: RuleNode,
  target: Record<string, unknown>,
  ruleScope: Readonly<Record<string, unknown>>,
  visible: Readonly<Record<string, boolean>>,
  hidden: Record<string, unknown> | undefined,
  ctx: EvaluationContext,
): void {
  const id = node.id;
  target[id] = computeNodeValue(node, target[id], ruleScope, ctx);
  if (node.visibility === undefined || visible[node.visibility.id] !== false) return;
  if (hidden !== undefined && target[id] !== undefined) hidden[id] = target[id];
  target[id] = undefined;
}
