import type { CompiledForm, FieldError, Locale, RuleLogic } from '@formwork/runtime';
import type { ImportRowError } from './importErrors.js';
import { subformColumnHeader } from './sheetHeaders.js';

/** Where the lines of one record sit in the sheet. */
export interface RecordLines {
  /** The record's first line (its fields are read from it). */
  readonly first: number;
  /** Subform id → the line of each of its rows, in order. */
  readonly rowLines: ReadonlyMap<string, readonly number[]>;
}

/**
 * Turns an engine error about one imported record into an import error that a person can find:
 * the sheet line (a subform cell's own line), the column as the file heads it — or the field's
 * label when the file has no such column (`Subform · Column` for a cell) — and, for a form-level
 * rule, the labels of the fields it involves added to its message, never their ids.
 *
 * @example
 * describeImportError(form, { fieldId: 'f_qty', pointer: '/f_items/1/f_qty', … }, lines, headers, 'en')
 * // { row: 5, column: '产品明细 · 数量', fieldId: 'f_qty', … }
 */
export function describeImportError(
  form: Pick<CompiledForm, 'valueFields' | 'schema'>,
  error: FieldError,
  lines: RecordLines,
  headers: ReadonlyMap<string, string>,
  locale: Locale,
): ImportRowError {
  const [, top = '', position, cell] = error.pointer.split('/');
  const rowLines = lines.rowLines.get(top);
  const row = rowLines !== undefined && position !== undefined ? (rowLines[Number(position)] ?? lines.first) : lines.first;
  const fieldId = cell ?? (top || error.fieldId);
  if (error.code === 'rule') {
    const involved = ruleFieldIds(form, error.params?.['ruleId']);
    const labels = involved.map((id) => headers.get(id) ?? labelOf(form, id));
    const anchor = error.fieldId || involved[0];
    const column = anchor === undefined || anchor === '' ? null : (headers.get(anchor) ?? labelOf(form, anchor));
    const message = labels.length === 0 ? error.message : `${error.message}${locale === 'zh-CN' ? `（涉及：${labels.join('、')}）` : ` (involves: ${labels.join(', ')})`}`;
    return { row, column, fieldId: anchor || null, code: error.code, message };
  }
  const column = fieldId === '' ? null : (headers.get(fieldId) ?? labelOf(form, fieldId));
  return { row, column, fieldId: fieldId || null, code: error.code, message: error.message };
}

/** A field's label as an import names it: `产品明细 · 数量` for a subform column. */
export function labelOf(form: Pick<CompiledForm, 'valueFields'>, fieldId: string): string {
  const entry = form.valueFields.find((candidate) => candidate.field.id === fieldId);
  if (!entry) return fieldId;
  return entry.subform ? subformColumnHeader(entry.subform.label, entry.field.label) : entry.field.label;
}

/** The fields a validation rule shows its error beside, then those its conditions read. */
function ruleFieldIds(form: Pick<CompiledForm, 'valueFields' | 'schema'>, ruleId: unknown): string[] {
  const rule = form.schema.rules?.validations?.find((candidate) => candidate.id === ruleId);
  if (!rule) return [];
  const known = new Set(form.valueFields.map((entry) => entry.field.id));
  const byAlias = new Map(form.valueFields.flatMap((entry) => (entry.field.alias ? [[entry.field.alias, entry.field.id] as const] : [])));
  const ids = new Set<string>();
  const add = (name: string): void => {
    for (const part of name.split('.')) {
      const id = known.has(part) ? part : byAlias.get(part);
      if (id !== undefined) ids.add(id);
    }
  };
  for (const id of rule.fields ?? []) add(id);
  const visit = (logic: RuleLogic | undefined): void => {
    if (Array.isArray(logic)) for (const item of logic) visit(item as RuleLogic);
    else if (typeof logic === 'object' && logic !== null) {
      for (const [operator, operand] of Object.entries(logic)) {
        if (operator === 'var') {
          const name: unknown = Array.isArray(operand) ? operand[0] : operand;
          if (typeof name === 'string') add(name);
        } else visit(operand as RuleLogic);
      }
    }
  };
  visit(rule.assert);
  visit(rule.when);
  return [...ids];
}
