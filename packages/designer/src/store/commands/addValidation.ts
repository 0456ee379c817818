import type { ValidationRule } from '@formwork/runtime';
import { storeMessages } from '../../i18n/storeMessages.js';
import { freshId } from '../freshId.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';

/** Adds a form-level validation (an assertion with a message) with a fresh id. */
export function addValidation(context: CommandContext, rule: Omit<ValidationRule, 'id'>): SchemaEdit {
  const id = freshId(context, 'rule');
  if (id === undefined) return { ok: false, reason: storeMessages.noFreshId };
  const { schema } = context;
  const validations = [...(schema.rules?.validations ?? []), { ...rule, id }];
  return { ok: true, schema: { ...schema, rules: { ...schema.rules, validations } }, selectedId: context.selectedId, id };
}
