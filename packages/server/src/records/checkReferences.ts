import type { CompiledForm, FieldError, Locale, LocalizedText, RecordData } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import type { LinkResolver } from './createLinkResolver.js';
import { forEachFieldValue } from './forEachFieldValue.js';

/**
 * What the engine cannot know: that members and departments exist, and that linked records exist
 * and are visible to the caller. Returns one error per bad reference, in the caller's language.
 */
export function checkReferences(
  stores: Pick<Stores, 'users' | 'departments'>,
  form: Pick<CompiledForm, 'valueFields'>,
  data: RecordData,
  findLinked: LinkResolver,
  locale: Locale,
): FieldError[] {
  const errors: FieldError[] = [];
  const users = new Map<string, boolean>();
  const departments = new Map<string, boolean>();
  const userExists = (id: string): boolean => {
    if (!users.has(id)) users.set(id, stores.users.findById(id) !== undefined);
    return users.get(id) === true;
  };
  const departmentExists = (id: string): boolean => {
    if (!departments.has(id)) departments.set(id, stores.departments.findById(id) !== undefined);
    return departments.get(id) === true;
  };
  forEachFieldValue(form, data, ({ field, value, pointer }) => {
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    const fail = (message: LocalizedText): void => {
      errors.push({ fieldId: field.id, pointer, code: 'reference', message: message[locale] });
    };
    switch (field.type) {
      case 'member':
      case 'members':
        if (!ids.every(userExists)) fail({ 'zh-CN': `${field.label}：成员不存在`, en: `${field.label}: no such member` });
        break;
      case 'department':
      case 'departments':
        if (!ids.every(departmentExists)) fail({ 'zh-CN': `${field.label}：部门不存在`, en: `${field.label}: no such department` });
        break;
      case 'link':
        if (!ids.every((id) => findLinked(id, field.formId) !== undefined)) {
          fail({ 'zh-CN': `${field.label}：关联的记录不存在或无权查看`, en: `${field.label}: the linked record does not exist or is not yours to see` });
        }
        break;
      default:
        break;
    }
  });
  return errors;
}
