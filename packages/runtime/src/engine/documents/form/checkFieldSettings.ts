import { walkFields } from '../../fields/walkFields.js';
import type { LocalizedText } from '../../i18n/Locale.js';
import { propertyName } from '../describeLocation.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import { describeFormLocation } from './describeFormLocation.js';
import { formGlossary } from './formGlossary.js';
import type { FieldDefinition, FormSchema } from './FormSchema.js';

/**
 * Settings each fine alone but wrong together: two options with one value, a minimum above its
 * maximum, a pattern that is no regular expression, a serial number without exactly one counter.
 */
export function checkFieldSettings(form: FormSchema): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  walkFields(form.fields, (field, { pointer }) => {
    const where = describeFormLocation(form, pointer);
    issues.push(...rangeIssues(field, pointer, where));
    if ('options' in field) issues.push(...duplicateOptionIssues(field.options, pointer, where));
    if ((field.type === 'text' || field.type === 'textarea') && field.pattern !== undefined) {
      const issue = patternIssue(field.pattern, pointer, where);
      if (issue) issues.push(issue);
    }
    if (field.type === 'serial') {
      const counters = field.parts.filter((part) => part.kind === 'counter').length;
      if (counters !== 1) {
        issues.push({
          pointer: `${pointer}/parts`,
          code: 'serialCounter',
          message: {
            'zh-CN': `${where['zh-CN']}的编号规则需要恰好一段“自动计数”，现在有 ${counters} 段`,
            en: `The serial parts of ${where.en} need exactly one counter; there are ${counters}`,
          },
        });
      }
    }
  });
  return issues;
}

/** The (low, high) setting pairs of a field, by type. */
function ranges(field: FieldDefinition): readonly (readonly [string, string, number | string | undefined, number | string | undefined])[] {
  switch (field.type) {
    case 'number':
    case 'money':
      return [['min', 'max', field.min, field.max]];
    case 'text':
    case 'textarea':
      return [['minLength', 'maxLength', field.minLength, field.maxLength]];
    case 'checkbox':
    case 'multiselect':
      return [['minSelected', 'maxSelected', field.minSelected, field.maxSelected]];
    case 'subform':
      return [['minRows', 'maxRows', field.minRows, field.maxRows]];
    case 'date':
    case 'datetime':
      return [['min', 'max', field.min, field.max]];
    default:
      return [];
  }
}

function rangeIssues(field: FieldDefinition, pointer: string, where: LocalizedText): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const [lowKey, highKey, low, high] of ranges(field)) {
    if (low === undefined || high === undefined || !isAbove(low, high)) continue;
    const lowName = propertyName(lowKey, formGlossary);
    const highName = propertyName(highKey, formGlossary);
    issues.push({
      pointer: `${pointer}/${lowKey}`,
      code: 'minAboveMax',
      message: {
        'zh-CN': `${where['zh-CN']}的“${lowName['zh-CN']}”(${lowKey}) ${low} 大于“${highName['zh-CN']}”(${highKey}) ${high}`,
        en: `${capitalize(`the ${lowName.en} (${lowKey}) of ${where.en}`)} is ${low}, more than its ${highName.en} (${highKey}) ${high}`,
      },
    });
  }
  return issues;
}

function isAbove(low: number | string, high: number | string): boolean {
  if (typeof low === 'number' && typeof high === 'number') return low > high;
  // Dates compare as text (YYYY-MM-DD); date-times by instant, since offsets differ.
  const lowTime = Date.parse(String(low));
  const highTime = Date.parse(String(high));
  return Number.isNaN(lowTime) || Number.isNaN(highTime) ? String(low) > String(high) : lowTime > highTime;
}

function duplicateOptionIssues(options: readonly { readonly value: string }[], pointer: string, where: LocalizedText): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const seen = new Map<string, number>();
  options.forEach((option, index) => {
    const first = seen.get(option.value);
    if (first === undefined) {
      seen.set(option.value, index);
      return;
    }
    issues.push({
      pointer: `${pointer}/options/${index}/value`,
      code: 'duplicateOptionValue',
      message: {
        'zh-CN': `${where['zh-CN']}的第 ${index + 1} 个选项与第 ${first + 1} 个选项的值都是“${option.value}”，选项值不能重复`,
        en: `Option ${index + 1} of ${where.en} has the value "${option.value}", like option ${first + 1}; option values must be unique`,
      },
    });
  });
  return issues;
}

function patternIssue(pattern: string, pointer: string, where: LocalizedText): DocumentIssue | undefined {
  try {
    // Compiled, never run: this only asks whether the text is a regular expression.
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      pointer: `${pointer}/pattern`,
      code: 'invalidPattern',
      message: {
        'zh-CN': `${where['zh-CN']}的“格式（正则表达式）”(pattern) 不是有效的正则表达式：${reason}`,
        en: `The pattern of ${where.en} is not a valid regular expression: ${reason}`,
      },
    };
  }
}
