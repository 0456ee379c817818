import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';

/** Removes a form-level validation rule. */
export function removeValidation(context: CommandContext, id: string): SchemaEdit {
  const { schema } = context;
  const current = schema.rules?.validations ?? [];
  if (!current.some((rule) => rule.id === id)) return { ok: false, reason: fillText(storeMessages.validationNotFound, { id }) };
  const validations = current.filter((rule) => rule.id !== id);
  return { ok: true, schema: { ...schema, rules: { ...schema.rules, validations } }, selectedId: context.selectedId };
}
