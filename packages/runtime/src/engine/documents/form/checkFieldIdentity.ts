import { walkFields } from '../../fields/walkFields.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import { describeFormLocation } from './describeFormLocation.js';
import type { FormSchema } from './FormSchema.js';

/**
 * Field ids key the record data and aliases key the API: each must be unique across the whole
 * form, subform columns included. Reports every later holder of a taken id or alias.
 */
export function checkFieldIdentity(form: FormSchema): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const ids = new Map<string, string>();
  const aliases = new Map<string, string>();
  walkFields(form.fields, (field, { pointer }) => {
    const firstWithId = ids.get(field.id);
    if (firstWithId === undefined) ids.set(field.id, pointer);
    else issues.push(duplicate(form, 'duplicateFieldId', `${pointer}/id`, pointer, firstWithId, field.id, { 'zh-CN': '字段 ID', en: 'id' }));
    if (field.alias === undefined) return;
    const firstWithAlias = aliases.get(field.alias);
    if (firstWithAlias === undefined) aliases.set(field.alias, pointer);
    else issues.push(duplicate(form, 'duplicateAlias', `${pointer}/alias`, pointer, firstWithAlias, field.alias, { 'zh-CN': '别名', en: 'alias' }));
  });
  return issues;
}

function duplicate(
  form: FormSchema,
  code: string,
  pointer: string,
  fieldPointer: string,
  firstPointer: string,
  value: string,
  what: { readonly 'zh-CN': string; readonly en: string },
): DocumentIssue {
  const field = describeFormLocation(form, fieldPointer);
  const first = describeFormLocation(form, firstPointer);
  return {
    pointer,
    code,
    message: {
      'zh-CN': `${field['zh-CN']}的${what['zh-CN']}“${value}”已被${first['zh-CN']}使用，不能重复`,
      en: `${capitalize(field.en)} has the ${what.en} "${value}", already used by ${first.en}; each ${what.en} must be unique`,
    },
  };
}
