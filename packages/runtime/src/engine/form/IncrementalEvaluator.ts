import type { EvaluationContext } from './CompiledForm.js';
import { checkValidationRule } from './checkValidationRule.js';
import { computeNodeValue, computeVisibility } from './evaluateRecord.js';
import { rowIdRegExp } from './fieldLimits.js';
import type { FieldPlan } from './FieldPlan.js';
import type { FormPlan } from './FormPlan.js';
import { createFieldError } from './messages/createFieldError.js';
import type { RowValues } from './readRecordInputs.js';
import type { RuleNode, ValidationNode } from './RuleGraph.js';
import { sameValue } from './sameValue.js';
import { SessionErrors } from './SessionErrors.js';
import type { SessionRow } from './SessionRow.js';
import { staticDefaultValue } from './staticDefaultValue.js';
import { dictionary } from './dictionary.js';

const BAD_ROW_ID = { code: 'rowId' } as const;

/**
 * The state of a record being filled in, kept up to date change by change: a change marks the
 * nodes of the rule graph that read it, and one pass in evaluation order recomputes only the
 * marked nodes (for per-row nodes, only the marked rows), marking in turn what reads a node
 * whose effective value changed. Then only the fields whose value or visibility changed, and
 * the validation rules that read a changed node, are validated again.
 */
export class IncrementalEvaluator {
  /** What the user set at the top level (subforms hold their rows in `rows`). */
  readonly inputs = dictionary<unknown>();
  readonly values = dictionary<unknown>();
  /** What rules read; `values` itself when nothing can hide and no rule reads `$row`. */
  readonly scope: Record<string, unknown>;
  readonly visible = dictionary<boolean>();
  readonly rows = new Map<string, SessionRow[]>();
  readonly errors: SessionErrors;
  /** Pointers whose value, visibility or errors changed since `takeChanges()`. */
  private changed = new Set<string>();
  /** Counts rule-graph node runs (a row counts once per node): what a change cost. */
  nodeRuns = 0;

  private readonly rowScopes = new Map<string, RowValues[]>();
  private readonly staticDefaults = new Map<string, unknown>();
  private readonly dirty: boolean[];
  private readonly dirtyRows: (Set<SessionRow> | 'all' | undefined)[];
  private minDirty = Number.POSITIVE_INFINITY;
  private readonly fieldsToValidate = new Set<FieldPlan>();
  private readonly subformsToValidate = new Set<FieldPlan>();
  private readonly cellsToValidate = new Map<SessionRow, Set<FieldPlan>>();
  private readonly rulesToCheck = new Set<ValidationNode>();
  private readonly dynamicRules: readonly ValidationNode[];
  private readonly rowNodes = new Map<string, RuleNode[]>();

  constructor(
    readonly plan: FormPlan,
    readonly ctx: EvaluationContext,
    initial: Readonly<Record<string, unknown>>,
    private readonly newRowId: () => string,
  ) {
    const nodes = plan.graph.nodes;
    this.dirty = nodes.map(() => false);
    this.dirtyRows = nodes.map(() => undefined);
    this.errors = new SessionErrors(plan.validations.length, (pointer) => this.changed.add(pointer));
    this.dynamicRules = plan.validations.filter((rule) => rule.dynamic);
    for (const node of nodes) {
      if (node.subformId === undefined) continue;
      const list = this.rowNodes.get(node.subformId) ?? [];
      list.push(node);
      this.rowNodes.set(node.subformId, list);
    }
    for (const field of plan.fieldsById.values()) {
      if (field.hasStaticDefault) this.staticDefaults.set(field.id, staticDefaultValue(field.entry.field, ctx));
    }
    for (const field of plan.fields) {
      const value = initial[field.id];
      if (field.columns.length > 0 || field.entry.field.type === 'subform') {
        const list = Array.isArray(value) ? (value as RowValues[]) : [];
        const rows = list.map((row, index) => this.makeRow(field, row._id, row, index));
        this.rows.set(field.id, rows);
        this.rowScopes.set(field.id, rows.map((row) => row.scope));
        continue;
      }
      if (field.computed === 'formula') continue;
      if (value !== undefined) this.inputs[field.id] = value;
      this.values[field.id] = value !== undefined ? value : this.staticDefaults.get(field.id);
    }
    this.scope = plan.separateScope ? Object.assign(dictionary<unknown>(), this.values, { $row: undefined }) : this.values;
    for (const [subformId, scopes] of this.rowScopes) this.scope[subformId] = scopes;
    for (const node of nodes) this.mark(node, undefined, true);
    this.propagate();
    for (const field of plan.fields) {
      this.fieldsToValidate.add(field);
      if (this.rows.has(field.id)) this.subformsToValidate.add(field);
      for (const row of this.rows.get(field.id) ?? []) this.cellsToValidate.set(row, new Set(field.columns));
    }
    for (const rule of plan.validations) this.rulesToCheck.add(rule);
    this.validate();
    this.changed.clear();
  }

  /** The pointers changed since the last call, and forgets them. */
  takeChanges(): Set<string> {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  /** Sets a top-level input and re-evaluates what depends on it. */
  setInput(field: FieldPlan, value: unknown): void {
    if (value === undefined) delete this.inputs[field.id];
    else this.inputs[field.id] = value;
    const node = this.plan.graph.valueById.get(field.id);
    if (node) this.mark(node, undefined, false);
    this.settle();
  }

  /** Sets a cell's input and re-evaluates what depends on it (in that row, and aggregates). */
  setCell(column: FieldPlan, row: SessionRow, value: unknown): void {
    if (value === undefined) delete row.inputs[column.id];
    else row.inputs[column.id] = value;
    const node = this.plan.graph.valueById.get(column.id);
    if (node) this.mark(node, row, false);
    this.settle();
  }

  /** Replaces a row's inputs (all its cells). */
  setRowInputs(subform: FieldPlan, row: SessionRow, inputs: Readonly<Record<string, unknown>>): void {
    for (const column of subform.columns) {
      if (column.computed === 'formula') continue;
      const value = Object.hasOwn(inputs, column.id) ? inputs[column.id] : undefined;
      if (value === undefined) delete row.inputs[column.id];
      else row.inputs[column.id] = value;
      const node = this.plan.graph.valueById.get(column.id);
      if (node) this.mark(node, row, false);
    }
    this.settle();
  }

  /** Inserts rows (inputs given, `_id` made when absent) at `index`. */
  insertRows(subform: FieldPlan, index: number, inputs: readonly Readonly<Record<string, unknown>>[]): void {
    const list = this.rowsOf(subform);
    const scopes = this.rowScopes.get(subform.id) ?? [];
    const oldLength = list.length;
    const at = Math.max(0, Math.min(index, list.length));
    const added = inputs.map((row, offset) => this.makeRow(subform, Object.hasOwn(row, '_id') ? row._id : this.newRowId(), row, at + offset));
    list.splice(at, 0, ...added);
    scopes.splice(at, 0, ...added.map((row) => row.scope));
    for (const row of added) for (const node of this.rowNodes.get(subform.id) ?? []) this.mark(node, row, false);
    this.rowsChanged(subform, at, oldLength);
  }

  removeRow(subform: FieldPlan, index: number): void {
    const list = this.rowsOf(subform);
    const row = list[index];
    if (row === undefined) return;
    row.alive = false;
    this.cellsToValidate.delete(row);
    const oldLength = list.length;
    list.splice(index, 1);
    this.rowScopes.get(subform.id)?.splice(index, 1);
    this.rowsChanged(subform, index, oldLength);
  }

  moveRow(subform: FieldPlan, from: number, to: number): void {
    const list = this.rowsOf(subform);
    const row = list[from];
    const target = Math.max(0, Math.min(to, list.length - 1));
    if (row === undefined || target === from) return;
    list.splice(from, 1);
    list.splice(target, 0, row);
    const scopes = this.rowScopes.get(subform.id) ?? [];
    scopes.splice(from, 1);
    scopes.splice(target, 0, row.scope);
    this.rowsChanged(subform, Math.min(from, target), list.length, Math.max(from, target) + 1);
  }

  /** Replaces every row of a subform. */
  replaceRows(subform: FieldPlan, inputs: readonly Readonly<Record<string, unknown>>[]): void {
    const list = this.rowsOf(subform);
    for (const row of list) {
      row.alive = false;
      this.cellsToValidate.delete(row);
    }
    const oldLength = list.length;
    list.length = 0;
    this.rowScopes.get(subform.id)?.splice(0);
    this.insertRows(subform, 0, inputs);
    if (oldLength > list.length) this.rowsChanged(subform, 0, oldLength);
  }

  rowsOf(subform: FieldPlan): SessionRow[] {
    let list = this.rows.get(subform.id);
    if (list === undefined) {
      list = [];
      this.rows.set(subform.id, list);
      const scopes: RowValues[] = [];
      this.rowScopes.set(subform.id, scopes);
      this.scope[subform.id] = scopes;
    }
    return list;
  }

  /** Pending work after rows from `from` on moved: re-index, re-check, report their pointers. */
  private rowsChanged(subform: FieldPlan, from: number, oldLength: number, until?: number): void {
    const list = this.rowsOf(subform);
    const end = until ?? Math.max(oldLength, list.length);
    for (let index = from; index < list.length; index++) {
      const row = list[index];
      if (row === undefined) continue;
      row.index = index;
      if (index < end) this.cellsToValidate.set(row, new Set(subform.columns));
    }
    const descriptions = this.plan.rowDescriptions.get(subform.id) ?? [];
    for (let index = from; index < end; index++) {
      this.changed.add(`${subform.pointer}/${index}`);
      for (const column of subform.columns) this.changed.add(`${subform.pointer}/${index}/${column.id}`);
      for (const id of descriptions) this.changed.add(`${subform.pointer}/${index}/${id}`);
    }
    this.changed.add(subform.pointer);
    this.subformsToValidate.add(subform);
    const node = this.plan.graph.valueById.get(subform.id);
    if (node) this.mark(node, undefined, false);
    this.settle();
  }

  private makeRow(subform: FieldPlan, id: unknown, inputs: Readonly<Record<string, unknown>>, index: number): SessionRow {
    const rowInputs = dictionary<unknown>();
    const values: RowValues = Object.assign(dictionary<unknown>(), { _id: id });
    for (const column of subform.columns) {
      const input = column.computed === 'formula' || !Object.hasOwn(inputs, column.id) ? undefined : inputs[column.id];
      if (input !== undefined) rowInputs[column.id] = input;
      values[column.id] = input !== undefined ? input : this.staticDefaults.get(column.id);
    }
    const scope = this.plan.rowScopesSeparate.has(subform.id) ? Object.assign(dictionary<unknown>(), values) : values;
    return { subformId: subform.id, id, index, inputs: rowInputs, values, scope, visible: dictionary<boolean>(), errors: new Map(), rowError: undefined, alive: true };
  }

  private mark(node: RuleNode, row: SessionRow | undefined, allRows: boolean): void {
    const order = node.order;
    this.dirty[order] = true;
    if (order < this.minDirty) this.minDirty = order;
    if (node.subformId === undefined) return;
    const pending = this.dirtyRows[order];
    if (pending === 'all') return;
    if (allRows || row === undefined) {
      this.dirtyRows[order] = 'all';
      return;
    }
    if (pending === undefined) this.dirtyRows[order] = new Set([row]);
    else pending.add(row);
  }

  private markDependents(node: RuleNode, row: SessionRow | undefined): void {
    for (const edge of node.dependents) {
      const target = edge.node;
      if (target.subformId === undefined) this.mark(target, undefined, false);
      else this.mark(target, row, !(edge.sameRow && row !== undefined));
    }
    for (const rule of node.validations) this.rulesToCheck.add(rule);
  }

  private settle(): void {
    this.propagate();
    this.validate();
  }

  /** One pass over the marked nodes, in evaluation order. */
  private propagate(): void {
    const nodes = this.plan.graph.nodes;
    for (let order = this.minDirty; order < nodes.length; order++) {
      if (!this.dirty[order]) continue;
      this.dirty[order] = false;
      const node = nodes[order];
      if (node === undefined) continue;
      if (node.subformId === undefined) {
        this.nodeRuns += 1;
        if (node.kind === 'visibility') this.runTopVisibility(node);
        else this.runTopValue(node);
        continue;
      }
      const pending = this.dirtyRows[order];
      this.dirtyRows[order] = undefined;
      const rows = pending === 'all' ? (this.rows.get(node.subformId) ?? []) : pending === undefined ? [] : [...pending];
      for (const row of rows) {
        if (!row.alive) continue;
        this.nodeRuns += 1;
        if (node.kind === 'visibility') this.runRowVisibility(node, row);
        else this.runRowValue(node, row);
      }
    }
    this.minDirty = Number.POSITIVE_INFINITY;
    if (this.scope !== this.values) this.scope.$row = undefined;
  }

  private runTopVisibility(node: RuleNode): void {
    const shown = computeVisibility(node, this.scope, this.visible, undefined, this.ctx);
    if (this.visible[node.id] === shown) return;
    this.visible[node.id] = shown;
    const field = this.plan.fieldsById.get(node.id);
    if (field !== undefined) {
      this.changed.add(field.pointer);
      this.fieldsToValidate.add(field);
      const rows = this.rows.get(field.id);
      if (rows !== undefined) {
        this.subformsToValidate.add(field);
        // Rows show with their subform; their cells and blocks have nodes of their own.
        for (const row of rows) this.changed.add(`${field.pointer}/${row.index}`);
      }
    } else {
      // A section or a description block: nothing to validate, but whoever shows it must hear.
      this.changed.add(`/${node.id}`);
    }
    this.markDependents(node, undefined);
  }

  private runTopValue(node: RuleNode): void {
    const id = node.id;
    const field = this.plan.fieldsById.get(id);
    if (field === undefined) return;
    const shown = node.visibility === undefined || this.visible[node.visibility.id] !== false;
    if (this.rows.has(id)) {
      const effective = shown ? this.rowScopes.get(id) : undefined;
      if (this.scope[id] !== effective) this.scope[id] = effective;
      this.markDependents(node, undefined);
      return;
    }
    const current = this.inputs[id] !== undefined ? this.inputs[id] : this.staticDefaults.get(id);
    const next = computeNodeValue(node, current, this.scope, this.ctx);
    const valueChanged = !sameValue(next, this.values[id]);
    if (valueChanged) {
      this.values[id] = next;
      this.changed.add(field.pointer);
      this.fieldsToValidate.add(field);
    }
    if (this.scope === this.values) {
      if (valueChanged) this.markDependents(node, undefined);
      return;
    }
    const effective = shown ? this.values[id] : undefined;
    if (!sameValue(effective, this.scope[id])) {
      this.scope[id] = effective;
      this.markDependents(node, undefined);
    }
  }

  private bindRow(node: RuleNode, row: SessionRow): void {
    if (node.formula !== undefined || node.defaultFormula !== undefined || node.visibleWhen !== undefined) this.scope.$row = row.scope;
  }

  private runRowVisibility(node: RuleNode, row: SessionRow): void {
    this.bindRow(node, row);
    const shown = computeVisibility(node, this.scope, this.visible, row, this.ctx);
    if (row.visible[node.id] === shown) return;
    row.visible[node.id] = shown;
    const column = this.plan.fieldsById.get(node.id);
    if (column !== undefined) this.cellChanged(node.subformId ?? '', row, column);
    else this.changed.add(`/${node.subformId ?? ''}/${row.index}/${node.id}`);
    this.markDependents(node, row);
  }

  private runRowValue(node: RuleNode, row: SessionRow): void {
    const id = node.id;
    const column = this.plan.fieldsById.get(id);
    if (column === undefined) return;
    this.bindRow(node, row);
    const current = row.inputs[id] !== undefined ? row.inputs[id] : this.staticDefaults.get(id);
    const next = computeNodeValue(node, current, this.scope, this.ctx);
    const valueChanged = !sameValue(next, row.values[id]);
    if (valueChanged) {
      row.values[id] = next;
      this.cellChanged(node.subformId ?? '', row, column);
    }
    if (row.scope === row.values) {
      if (valueChanged) this.markDependents(node, row);
      return;
    }
    const shown = node.visibility === undefined || row.visible[node.visibility.id] !== false;
    const effective = shown ? row.values[id] : undefined;
    if (!sameValue(effective, row.scope[id])) {
      row.scope[id] = effective;
      this.markDependents(node, row);
    }
  }

  private cellChanged(subformId: string, row: SessionRow, column: FieldPlan): void {
    this.changed.add(`/${subformId}/${row.index}/${column.id}`);
    const pending = this.cellsToValidate.get(row);
    if (pending === undefined) this.cellsToValidate.set(row, new Set([column]));
    else pending.add(column);
  }

  /** Validates what the last changes touched, recording changed errors. */
  private validate(): void {
    const locale = this.ctx.locale;
    for (const subform of this.subformsToValidate) this.fieldsToValidate.add(subform);
    for (const field of this.fieldsToValidate) {
      const shown = this.visible[field.id] !== false;
      const value = this.rows.has(field.id) ? this.rowScopes.get(field.id) : this.values[field.id];
      const fault = shown ? field.faultOf(value) : undefined;
      this.errors.setField(field.id, fault === undefined ? undefined : field.errorOf(fault, locale, field.pointer));
    }
    this.fieldsToValidate.clear();
    for (const subform of this.subformsToValidate) this.validateRowIds(subform);
    this.subformsToValidate.clear();
    for (const [row, columns] of this.cellsToValidate) {
      if (!row.alive) continue;
      const subform = this.plan.subformsById.get(row.subformId);
      if (subform === undefined) continue;
      for (const column of columns) this.validateCell(subform, row, column);
    }
    this.cellsToValidate.clear();
    for (const rule of this.dynamicRules) this.rulesToCheck.add(rule);
    if (this.rulesToCheck.size > 0) {
      const isShown = (fieldId: string): boolean => this.visible[fieldId] !== false;
      for (const rule of this.rulesToCheck) {
        this.errors.setRule(rule.index, checkValidationRule(rule, this.scope, isShown, this.ctx));
      }
      this.rulesToCheck.clear();
    }
  }

  private validateRowIds(subform: FieldPlan): void {
    const shown = this.visible[subform.id] !== false;
    const seen = new Set<unknown>();
    for (const row of this.rows.get(subform.id) ?? []) {
      const id = row.id;
      const bad = typeof id !== 'string' || !rowIdRegExp.test(id) || seen.has(id);
      seen.add(id);
      const next =
        shown && bad
          ? createFieldError(subform.id, `${subform.pointer}/${row.index}/_id`, BAD_ROW_ID, { kind: 'row', subformLabel: subform.label, rowIndex: row.index }, this.ctx.locale)
          : undefined;
      this.errors.setRow(row, next);
    }
  }

  private validateCell(subform: FieldPlan, row: SessionRow, column: FieldPlan): void {
    const shown = this.visible[subform.id] !== false && row.visible[column.id] !== false;
    const pointer = `${subform.pointer}/${row.index}/${column.id}`;
    const fault = shown ? column.faultOf(row.values[column.id]) : undefined;
    const next = fault === undefined ? undefined : column.errorOf(fault, this.ctx.locale, pointer, { subformLabel: subform.label, rowIndex: row.index });
    this.errors.setCell(row, column.id, next);
  }
}
