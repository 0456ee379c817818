import type { CompiledForm, FieldError, Locale, LocalizedText, RecordData } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import type { LinkResolver } from './createLinkResolver.js';
import { forEachFieldValue, type FieldValueSite } from './forEachFieldValue.js';

/**
 * What the engine cannot know: that members and departments exist, and that linked records exist
 * and are visible to the caller. Returns one error per bad reference, in the caller's language.
 */
export async function checkReferences(
  stores: Pick<Stores, 'users' | 'departments'>,
  form: Pick<CompiledForm, 'valueFields'>,
  data: RecordData,
  findLinked: LinkResolver,
  locale: Locale,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const users = new Map<string, boolean>();
  const departments = new Map<string, boolean>();
  const userExists = async (id: string): Promise<boolean> => {
    if (!users.has(id)) users.set(id, (await stores.users.findById(id)) !== undefined);
    return users.get(id) === true;
  };
  const departmentExists = async (id: string): Promise<boolean> => {
    if (!departments.has(id)) departments.set(id, (await stores.departments.findById(id)) !== undefined);
    return departments.get(id) === true;
  };
  // Collected first, then checked one by one: the look-ups are async, the walk is not.
  const sites: FieldValueSite[] = [];
  forEachFieldValue(form, data, (site) => {
    sites.push(site);
  });
  for (const { field, value, pointer } of sites) {
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    const fail = (message: LocalizedText): void => {
      errors.push({ fieldId: field.id, pointer, code: 'reference', message: message[locale] });
    };
    switch (field.type) {
      case 'member':
      case 'members':
        if (!(await everyAsync(ids, userExists))) fail({ 'zh-CN': `${field.label}：成员不存在`, en: `${field.label}: no such member` });
        break;
      case 'department':
      case 'departments':
        if (!(await everyAsync(ids, departmentExists))) fail({ 'zh-CN': `${field.label}：部门不存在`, en: `${field.label}: no such department` });
        break;
      case 'link': {
        const formId = field.formId;
        if (!(await everyAsync(ids, async (id) => (await findLinked(id, formId)) !== undefined))) {
          fail({ 'zh-CN': `${field.label}：关联的记录不存在或无权查看`, en: `${field.label}: the linked record does not exist or is not yours to see` });
        }
        break;
      }
      default:
        break;
    }
  }
  return errors;
}

/** Like `Array.every`, one id after another (stops at the first miss, as `every` did). */
async function everyAsync(ids: readonly string[], test: (id: string) => Promise<boolean>): Promise<boolean> {
  for (const id of ids) if (!(await test(id))) return false;
  return true;
}
