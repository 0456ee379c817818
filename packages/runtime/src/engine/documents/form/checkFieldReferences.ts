import { fieldCatalogue } from '../../fields/fieldCatalogue.js';
import { walkFields, type FieldLocation } from '../../fields/walkFields.js';
import type { LocalizedText } from '../../i18n/Locale.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import { describeFormLocation } from './describeFormLocation.js';
import type { FieldDefinition, FormSchema } from './FormSchema.js';

interface PlacedField {
  readonly field: FieldDefinition;
  readonly location: FieldLocation;
}

/**
 * References from one part of the form to its fields: a lookup's link field, a serial number's
 * field parts, the fields a validation rule marks. (References inside rules, and their cycles, are
 * the form compiler's to check.)
 */
export function checkFieldReferences(form: FormSchema): DocumentIssue[] {
  const placed = new Map<string, PlacedField>();
  walkFields(form.fields, (field, location) => {
    if (!placed.has(field.id)) placed.set(field.id, { field, location });
  });
  const issues: DocumentIssue[] = [];
  walkFields(form.fields, (field, location) => {
    const where = describeFormLocation(form, location.pointer);
    if (field.type === 'lookup') {
      const issue = linkFieldIssue(field.linkField, placed.get(field.linkField), location, where);
      if (issue) issues.push(issue);
    }
    if (field.type === 'serial') {
      field.parts.forEach((part, index) => {
        if (part.kind !== 'field') return;
        const target = placed.get(part.field);
        const pointer = `${location.pointer}/parts/${index}/field`;
        if (target === undefined) issues.push(unknownField(pointer, part.field, serialPart(where, index)));
        else if (target.location.subform !== undefined || !fieldCatalogue[target.field.type].holdsValue || target.field.type === 'serial') {
          issues.push({
            pointer,
            code: 'invalidFieldReference',
            message: {
              'zh-CN': `${serialPart(where, index)['zh-CN']}引用的字段“${part.field}”不能用于流水号：须为子表单外、有值且不是流水号的字段`,
              en: `${capitalize(serialPart(where, index).en)} uses "${part.field}", which a serial number cannot use: it must hold a value, sit outside subforms and not be a serial number`,
            },
          });
        }
      });
    }
  });
  (form.rules?.validations ?? []).forEach((rule, ruleIndex) => {
    const rulePointer = `/rules/validations/${ruleIndex}`;
    (rule.fields ?? []).forEach((id, index) => {
      if (placed.has(id)) return;
      issues.push(unknownField(`${rulePointer}/fields/${index}`, id, describeFormLocation(form, rulePointer)));
    });
  });
  issues.push(...duplicateRuleIds(form));
  return issues;
}

function linkFieldIssue(id: string, target: PlacedField | undefined, lookup: FieldLocation, where: LocalizedText): DocumentIssue | undefined {
  const pointer = `${lookup.pointer}/linkField`;
  const holder: LocalizedText = { 'zh-CN': `${where['zh-CN']}的“关联数据字段”(linkField)`, en: `the link field (linkField) of ${where.en}` };
  if (target === undefined) return unknownField(pointer, id, holder);
  if (target.field.type !== 'link') {
    const kind = fieldCatalogue[target.field.type].name;
    return {
      pointer,
      code: 'notALinkField',
      message: {
        'zh-CN': `${holder['zh-CN']}“${id}”是“${kind['zh-CN']}”字段，应为“关联数据”字段`,
        en: `${capitalize(holder.en)} names "${id}", which is a ${kind.en} field, not a linked-record field`,
      },
    };
  }
  // A lookup reads the link of its own row, or a top-level link: never another subform's rows.
  if (target.location.subform !== undefined && target.location.subform !== lookup.subform) {
    return {
      pointer,
      code: 'linkFieldOutOfReach',
      message: {
        'zh-CN': `${holder['zh-CN']}“${id}”在另一个子表单里，这里取不到它的值`,
        en: `${capitalize(holder.en)} names "${id}", which sits in another subform, out of this field's reach`,
      },
    };
  }
  return undefined;
}

function unknownField(pointer: string, id: string, holder: LocalizedText): DocumentIssue {
  return {
    pointer,
    code: 'unknownField',
    message: {
      'zh-CN': `${holder['zh-CN']}引用的字段“${id}”在表单中不存在`,
      en: `${capitalize(holder.en)} refers to "${id}", which is not a field of this form`,
    },
  };
}

function serialPart(where: LocalizedText, index: number): LocalizedText {
  return { 'zh-CN': `${where['zh-CN']}的第 ${index + 1} 段编号规则`, en: `serial part ${index + 1} of ${where.en}` };
}

function duplicateRuleIds(form: FormSchema): DocumentIssue[] {
  const seen = new Map<string, number>();
  const issues: DocumentIssue[] = [];
  (form.rules?.validations ?? []).forEach((rule, index) => {
    const first = seen.get(rule.id);
    if (first === undefined) {
      seen.set(rule.id, index);
      return;
    }
    issues.push({
      pointer: `/rules/validations/${index}/id`,
      code: 'duplicateRuleId',
      message: {
        'zh-CN': `第 ${index + 1} 条校验规则的 ID “${rule.id}”与第 ${first + 1} 条相同，ID 不能重复`,
        en: `Validation rule ${index + 1} has the id "${rule.id}", like rule ${first + 1}; rule ids must be unique`,
      },
    });
  });
  return issues;
}
