import type { FieldError } from './CompiledForm.js';
import type { FormPlan } from './FormPlan.js';
import type { SessionRow } from './SessionRow.js';

/** Whether two errors read the same to the user (and sit at the same place). */
function sameError(a: FieldError | undefined, b: FieldError | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.pointer === b.pointer && a.code === b.code && a.message === b.message);
}

/**
 * The current errors of a session — of top-level fields, rows, cells and form-level rules — and
 * the pointers whose errors changed: setting an equal error again is no change.
 */
export class SessionErrors {
  private readonly fields = new Map<string, FieldError>();
  private readonly rules: (FieldError | undefined)[];

  /** `changed` receives the pointers of old and new errors that differ. */
  constructor(
    ruleCount: number,
    private readonly changed: (pointer: string) => void,
  ) {
    this.rules = Array.from({ length: ruleCount }, () => undefined);
  }

  setField(fieldId: string, next: FieldError | undefined): void {
    const previous = this.fields.get(fieldId);
    if (this.record(previous, next)) {
      if (next === undefined) this.fields.delete(fieldId);
      else this.fields.set(fieldId, next);
    }
  }

  setRule(index: number, next: FieldError | undefined): void {
    if (this.record(this.rules[index], next)) this.rules[index] = next;
  }

  setRow(row: SessionRow, next: FieldError | undefined): void {
    if (this.record(row.rowError, next)) row.rowError = next;
  }

  setCell(row: SessionRow, columnId: string, next: FieldError | undefined): void {
    if (!this.record(row.errors.get(columnId), next)) return;
    if (next === undefined) row.errors.delete(columnId);
    else row.errors.set(columnId, next);
  }

  /** Every current error in form order: fields (a subform's rows and cells after it), then rules. */
  ordered(plan: FormPlan, rows: ReadonlyMap<string, readonly SessionRow[]>): FieldError[] {
    const errors: FieldError[] = [];
    for (const field of plan.fields) {
      const error = this.fields.get(field.id);
      if (error) errors.push(error);
      for (const row of rows.get(field.id) ?? []) {
        if (row.rowError) errors.push(row.rowError);
        for (const column of field.columns) {
          const cellError = row.errors.get(column.id);
          if (cellError) errors.push(cellError);
        }
      }
    }
    for (const error of this.rules) if (error) errors.push(error);
    return errors;
  }

  /** Reports a change of error, if any; true when the new one must be stored. */
  private record(previous: FieldError | undefined, next: FieldError | undefined): boolean {
    if (sameError(previous, next)) return false;
    if (previous) this.changed(previous.pointer);
    if (next) this.changed(next.pointer);
    return true;
  }
}
