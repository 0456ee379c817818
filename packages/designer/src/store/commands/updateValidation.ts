import type { ValidationRule } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';

/** A change to a validation rule; a key set to `undefined` removes that (optional) setting. */
export type ValidationPatch = { readonly [K in Exclude<keyof ValidationRule, 'id'>]?: ValidationRule[K] | undefined };

/** Changes a form-level validation rule. */
export function updateValidation(context: CommandContext, id: string, patch: ValidationPatch): SchemaEdit {
  const { schema } = context;
  const current = schema.rules?.validations ?? [];
  if (!current.some((rule) => rule.id === id)) return { ok: false, reason: fillText(storeMessages.validationNotFound, { id }) };
  const validations = current.map((rule) => {
    if (rule.id !== id) return rule;
    const next: Record<string, unknown> = { ...rule };
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id' || !['assert', 'message', 'fields', 'when'].includes(key)) continue;
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    // Safe: only the known keys of ValidationRule were written.
    return next as unknown as ValidationRule;
  });
  return { ok: true, schema: { ...schema, rules: { ...schema.rules, validations } }, selectedId: context.selectedId };
}
