import type { RecordData } from '../documents/form/FormSchema.js';
import type {
  ChangedPointers,
  CompiledForm,
  EvaluationContext,
  FieldError,
  FormEvaluation,
  FormSession,
  FormSessionOptions,
} from './CompiledForm.js';
import { isPlainObject } from './checks/FieldCheck.js';
import { collectVisibleBlocks } from './collectVisibleBlocks.js';
import type { FieldPlan } from './FieldPlan.js';
import type { FormPlan } from './FormPlan.js';
import { IncrementalEvaluator } from './IncrementalEvaluator.js';
import { readRecordInputs } from './readRecordInputs.js';
import { parseRecordPointer } from './recordPointer.js';
import type { SessionRow } from './SessionRow.js';

type ChangeListener = (changed: ChangedPointers) => void;

const NO_CHANGE: ChangedPointers = new Set<string>();
/** One shared empty list, so that a field without errors reads the same snapshot every time. */
const NO_ERRORS: readonly FieldError[] = Object.freeze([]);

/** Makes `row1`, `row2`, … skipping ids already taken. */
function counterIds(taken: (id: string) => boolean): () => string {
  let counter = 0;
  return () => {
    let id: string;
    do {
      counter += 1;
      id = `row${counter}`;
    } while (taken(id));
    return id;
  };
}

/**
 * Starts a session over initial values: the incremental evaluator behind a form being filled.
 * Rows without `_id` keep none (and get a `rowId` error); rows added or copied get a new id from
 * `options.newRowId`. Setting a subform to something that is no array clears its rows.
 */
export function createFormSession(
  form: CompiledForm,
  plan: FormPlan,
  initial: RecordData,
  ctx: EvaluationContext,
  options: FormSessionOptions = {},
): FormSession {
  const takenIds = new Set<unknown>();
  const newRowId =
    options.newRowId ??
    counterIds((id) => {
      if (takenIds.has(id)) return true;
      for (const rows of evaluator.rows.values()) if (rows.some((row) => row.id === id)) return true;
      return false;
    });
  const evaluator: IncrementalEvaluator = new IncrementalEvaluator(plan, ctx, readRecordInputs(plan, initial, { submission: false }).values, () => {
    const id = newRowId();
    takenIds.add(id);
    return id;
  });
  const globalListeners = new Set<ChangeListener>();
  const pointerListeners = new Map<string, Set<() => void>>();

  let valuesSnapshot: RecordData | undefined;
  let errorsSnapshot: readonly FieldError[] | undefined;
  let errorsByPointer: Map<string, FieldError[]> | undefined;
  const rowsSnapshots = new Map<string, readonly RecordData[]>();

  const rowSnapshot = (subform: FieldPlan, row: SessionRow): RecordData => {
    const snapshot: Record<string, unknown> = {};
    if (row.id !== undefined) snapshot._id = row.id;
    for (const column of subform.columns) {
      const value = row.values[column.id];
      if (value !== undefined) snapshot[column.id] = value;
    }
    return snapshot;
  };
  const rowsSnapshot = (subform: FieldPlan): readonly RecordData[] => {
    let snapshot = rowsSnapshots.get(subform.id);
    if (snapshot === undefined) {
      snapshot = evaluator.rowsOf(subform).map((row) => rowSnapshot(subform, row));
      rowsSnapshots.set(subform.id, snapshot);
    }
    return snapshot;
  };
  const getValues = (): RecordData => {
    if (valuesSnapshot === undefined) {
      const values: Record<string, unknown> = {};
      for (const field of plan.fields) {
        if (evaluator.rows.has(field.id)) values[field.id] = rowsSnapshot(field);
        else if (evaluator.values[field.id] !== undefined) values[field.id] = evaluator.values[field.id];
      }
      valuesSnapshot = values;
    }
    return valuesSnapshot;
  };
  const getErrors = (): readonly FieldError[] => {
    if (errorsSnapshot === undefined) {
      const errors = evaluator.errors.ordered(plan, evaluator.rows);
      errorsSnapshot = errors;
    }
    return errorsSnapshot;
  };

  const subformAt = (subformId: string): FieldPlan | undefined => plan.subformsById.get(subformId);
  const rowAt = (subformId: string, rowIndex: number): { subform: FieldPlan; row: SessionRow } | undefined => {
    const subform = subformAt(subformId);
    const row = subform === undefined ? undefined : evaluator.rows.get(subformId)?.[rowIndex];
    return subform === undefined || row === undefined ? undefined : { subform, row };
  };
  const isVisible = (pointer: string): boolean => {
    const target = parseRecordPointer(pointer);
    if (target === undefined) return false;
    if (target.kind === 'field') {
      const id = target.fieldId;
      const field = plan.fieldsById.get(id);
      if (field !== undefined) return field.entry.subform === undefined && evaluator.visible[id] !== false;
      const description = plan.index.descriptionsById.get(id);
      const isTopBlock = plan.index.sectionsById.has(id) || (description !== undefined && description.subform === undefined);
      return isTopBlock && evaluator.visible[id] !== false;
    }
    const found = rowAt(target.subformId, target.rowIndex);
    if (found === undefined || evaluator.visible[found.subform.id] === false) return false;
    if (target.kind === 'row') return true;
    const id = target.columnId;
    const inRow = found.subform.columns.some((column) => column.id === id) || plan.index.descriptionsById.get(id)?.subform?.id === found.subform.id;
    return inRow && found.row.visible[id] !== false;
  };

  /** Runs a change, then tells the listeners which pointers it touched. */
  const change = (apply: () => void): ChangedPointers => {
    apply();
    const changed = evaluator.takeChanges();
    if (changed.size === 0) return NO_CHANGE;
    valuesSnapshot = undefined;
    errorsSnapshot = undefined;
    errorsByPointer = undefined;
    rowsSnapshots.clear();
    for (const pointer of changed) pointerListeners.get(pointer)?.forEach((listener) => listener());
    for (const listener of globalListeners) listener(changed);
    return changed;
  };

  const rowInputs = (value: unknown): Readonly<Record<string, unknown>> => (isPlainObject(value) ? value : {});

  const session: FormSession = {
    form,
    getValues,
    getValue(pointer) {
      const target = parseRecordPointer(pointer);
      if (target === undefined) return undefined;
      if (target.kind === 'field') {
        const field = plan.fieldsById.get(target.fieldId);
        if (field === undefined || field.entry.subform !== undefined) return undefined;
        return evaluator.rows.has(field.id) ? rowsSnapshot(field) : evaluator.values[field.id];
      }
      const subform = subformAt(target.subformId);
      if (subform === undefined) return undefined;
      const row = rowsSnapshot(subform)[target.rowIndex];
      return target.kind === 'row' ? row : row?.[target.columnId];
    },
    isVisible,
    getErrors(pointer) {
      const errors = getErrors();
      if (pointer === undefined) return errors;
      if (errorsByPointer === undefined) {
        errorsByPointer = new Map();
        for (const error of errors) {
          const list = errorsByPointer.get(error.pointer);
          if (list) list.push(error);
          else errorsByPointer.set(error.pointer, [error]);
        }
      }
      return errorsByPointer.get(pointer) ?? NO_ERRORS;
    },
    validateAll: () => getErrors(),
    getEvaluation(): FormEvaluation {
      const visible = new Set<string>();
      for (const field of plan.fields) {
        if (evaluator.visible[field.id] === false) continue;
        visible.add(field.pointer);
        for (const row of evaluator.rows.get(field.id) ?? []) {
          for (const column of field.columns) if (row.visible[column.id] !== false) visible.add(`${field.pointer}/${row.index}/${column.id}`);
        }
      }
      collectVisibleBlocks(plan, evaluator.visible, (subformId) => evaluator.rows.get(subformId), visible);
      return { values: getValues(), visible, errors: getErrors() };
    },
    setValue(pointer, value) {
      const target = parseRecordPointer(pointer);
      if (target === undefined) return NO_CHANGE;
      if (target.kind === 'field') {
        const field = plan.fieldsById.get(target.fieldId);
        if (field === undefined || field.entry.subform !== undefined || field.computed === 'formula') return NO_CHANGE;
        if (plan.subformsById.has(field.id)) {
          const rows = Array.isArray(value) ? (value as unknown[]).map(rowInputs) : [];
          return change(() => evaluator.replaceRows(field, rows));
        }
        return change(() => evaluator.setInput(field, value));
      }
      const found = rowAt(target.subformId, target.rowIndex);
      if (found === undefined) return NO_CHANGE;
      if (target.kind === 'row') return change(() => evaluator.setRowInputs(found.subform, found.row, rowInputs(value)));
      const column = found.subform.columns.find((candidate) => candidate.id === target.columnId);
      if (column === undefined || column.computed === 'formula') return NO_CHANGE;
      return change(() => evaluator.setCell(column, found.row, value));
    },
    addRow(subformId, index) {
      const subform = subformAt(subformId);
      if (subform === undefined) return NO_CHANGE;
      return change(() => evaluator.insertRows(subform, index ?? evaluator.rowsOf(subform).length, [{}]));
    },
    removeRow(subformId, index) {
      const subform = subformAt(subformId);
      if (subform === undefined) return NO_CHANGE;
      return change(() => evaluator.removeRow(subform, index));
    },
    moveRow(subformId, from, to) {
      const subform = subformAt(subformId);
      if (subform === undefined) return NO_CHANGE;
      return change(() => evaluator.moveRow(subform, from, to));
    },
    copyRow(subformId, index) {
      const found = rowAt(subformId, index);
      if (found === undefined) return NO_CHANGE;
      const copy: Record<string, unknown> = {};
      for (const column of found.subform.columns) {
        const value = found.row.values[column.id];
        if (value !== undefined && column.computed !== 'formula') copy[column.id] = value;
      }
      return change(() => evaluator.insertRows(found.subform, index + 1, [copy]));
    },
    subscribe(pointerOrListener: string | ChangeListener, listener?: () => void): () => void {
      if (typeof pointerOrListener !== 'string') {
        globalListeners.add(pointerOrListener);
        return () => globalListeners.delete(pointerOrListener);
      }
      if (listener === undefined) return () => undefined;
      const listeners = pointerListeners.get(pointerOrListener) ?? new Set();
      listeners.add(listener);
      pointerListeners.set(pointerOrListener, listeners);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) pointerListeners.delete(pointerOrListener);
      };
    },
  };
  return session;
}
