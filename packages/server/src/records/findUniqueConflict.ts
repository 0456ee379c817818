import type { RecordData } from '@formwork/runtime';
import type { RecordStore } from '../storage/RecordStore.js';
import type { RecordForm } from './RecordForm.js';
import { projectValue } from './projectValue.js';

/**
 * The first `unique` top-level field whose value another live record of the form already holds
 * (compared as stored in the value table, through its index), or undefined. Run it in the write
 * transaction, so no other write can slip in between the check and the insert.
 */
export async function findUniqueConflict(records: Pick<RecordStore, 'hasValue'>, form: RecordForm, data: RecordData, exceptId: string | null): Promise<{ fieldId: string; label: string } | undefined> {
  for (const { field, subform } of form.compiled.valueFields) {
    if (!field.unique || subform || !Object.hasOwn(data, field.id)) continue;
    const column = form.columns.find((candidate) => candidate.fieldId === field.id);
    if (!column) continue;
    const value = projectValue(column, data[field.id]);
    if (value !== null && (await records.hasValue(form.formId, form.columns, field.id, value, exceptId))) return { fieldId: field.id, label: field.label };
  }
  return undefined;
}
