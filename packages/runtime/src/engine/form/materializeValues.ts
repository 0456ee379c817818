import type { RecordData } from '../documents/form/FormSchema.js';
import type { EvaluatedRecord } from './evaluateRecord.js';
import type { FormPlan } from './FormPlan.js';

/**
 * The values of an evaluated record as the renderer holds them: every field with a value
 * (hidden ones too, so that showing a field again brings its value back), rows with `_id`.
 */
export function materializeValues(plan: FormPlan, evaluated: EvaluatedRecord): RecordData {
  const result: Record<string, unknown> = {};
  for (const field of plan.fields) {
    const value = shownOrHidden(evaluated.values, evaluated.hidden, field.id);
    const states = evaluated.rows[field.id];
    if (states === undefined) {
      // A subform without rows holds an empty list, as a session's does.
      if (value !== undefined) result[field.id] = value;
      else if (plan.subformsById.has(field.id)) result[field.id] = [];
      continue;
    }
    result[field.id] = states.map((state) => {
      const row: Record<string, unknown> = {};
      if (state.values._id !== undefined) row._id = state.values._id;
      for (const column of field.columns) {
        const cell = shownOrHidden(state.values, state.hidden, column.id);
        if (cell !== undefined) row[column.id] = cell;
      }
      return row;
    });
  }
  return result;
}

/** The value of a field, or what it held before it was hidden. */
function shownOrHidden(values: Readonly<Record<string, unknown>>, hidden: Readonly<Record<string, unknown>> | undefined, id: string): unknown {
  return hidden !== undefined && id in hidden ? hidden[id] : values[id];
}
