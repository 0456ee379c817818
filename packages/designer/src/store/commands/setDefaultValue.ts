import type { DefaultValue } from '@formwork/runtime';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { updateField } from './updateField.js';

/** Sets where a field's initial value comes from (fixed, formula, current user…); `null` clears it. */
export function setDefaultValue(context: CommandContext, id: string, value: DefaultValue | null): SchemaEdit {
  return updateField(context, id, { defaultValue: value === null ? undefined : value });
}
