import type { RuleLogic } from '@formwork/runtime';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { updateField } from './updateField.js';

/** Shows the field only while `rule` holds; `null` makes it always visible. */
export function setVisibility(context: CommandContext, id: string, rule: RuleLogic | null): SchemaEdit {
  return updateField(context, id, { visibleWhen: rule === null ? undefined : rule });
}
