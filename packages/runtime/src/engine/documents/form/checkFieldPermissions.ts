import { fieldCatalogue } from '../../fields/fieldCatalogue.js';
import { walkFields } from '../../fields/walkFields.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import { capitalize } from '../englishPhrases.js';
import { appendPointer } from '../JsonPointer.js';
import type { FieldDefinition, FormSchema } from './FormSchema.js';

/**
 * `settings.access.fields` names fields that hold a value outside subforms (a subform counts as
 * one field): the server hides or locks whole values in records, lists and exports, and a column
 * of a subform is not a value of its own there. A name that is no such field is refused at its
 * pointer, so a typo cannot leave a field open that the admin meant to hide.
 */
export function checkFieldPermissions(form: FormSchema): DocumentIssue[] {
  const byRole = form.settings?.access?.fields;
  if (!byRole) return [];
  const topLevel = new Map<string, FieldDefinition>();
  const columns = new Set<string>();
  walkFields(form.fields, (field, location) => {
    if (location.subform !== undefined) columns.add(field.id);
    else if (fieldCatalogue[field.type].holdsValue) topLevel.set(field.id, field);
  });
  const issues: DocumentIssue[] = [];
  for (const [role, permissions] of Object.entries(byRole)) {
    for (const id of Object.keys(permissions ?? {})) {
      if (topLevel.has(id)) continue;
      const pointer = appendPointer(appendPointer('/settings/access/fields', role), id);
      const where = { 'zh-CN': `字段权限（settings.access.fields.${role}）`, en: `the field permissions (settings.access.fields.${role})` };
      issues.push(
        columns.has(id)
          ? {
              pointer,
              code: 'subformColumnPermission',
              message: {
                'zh-CN': `${where['zh-CN']}引用的“${id}”是子表单中的列：请对整个子表单设置权限`,
                en: `${capitalize(where.en)} name "${id}", a column of a subform: set the permission on the whole subform`,
              },
            }
          : {
              pointer,
              code: 'unknownField',
              message: {
                'zh-CN': `${where['zh-CN']}引用的字段“${id}”在表单中不存在或不保存值`,
                en: `${capitalize(where.en)} name "${id}", which is not a field of this form that holds a value`,
              },
            },
      );
    }
  }
  return issues;
}
