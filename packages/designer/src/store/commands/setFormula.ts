import type { RuleLogic } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';
import { locateField } from '../tree/locateField.js';
import { updateField } from './updateField.js';

/** Sets the expression a calculated (`formula`) field computes. */
export function setFormula(context: CommandContext, id: string, rule: RuleLogic): SchemaEdit {
  const at = locateField(context.schema.fields, id);
  if (!at) return { ok: false, reason: fillText(storeMessages.fieldNotFound, { id }) };
  if (at.field.type !== 'formula') return { ok: false, reason: fillText(storeMessages.notFormula, { label: at.field.label }) };
  return updateField(context, id, { expression: rule });
}
