import type { ErrorObject } from 'ajv/dist/2020.js';
import type { LocalizedText } from '../i18n/Locale.js';
import { closestName } from './closestName.js';
import { describeLocation, propertyName } from './describeLocation.js';
import { capitalize } from './englishPhrases.js';
import type { DocumentGlossary, LocationDescriber } from './DocumentGlossary.js';
import type { DocumentIssue } from './DocumentIssue.js';
import { currencyPattern, colorPattern, datePattern, dateTimePattern, documentRefPattern, fieldRefPattern, idPattern } from './documentPatterns.js';
import { appendPointer, splitPointer } from './JsonPointer.js';
import type { JsonValue } from './JsonValue.js';
import { showValue } from './showValue.js';

/** An admin fixes the first few faults and tries again; a list of hundreds helps nobody. */
export const maxReportedIssues = 50;

/** Keywords that only say "a sub-schema failed": the sub-schema's own errors say what and where. */
const summaryKeywords: ReadonlySet<string> = new Set(['if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', '$ref', 'contains', 'propertyNames']);

/** What each known pattern asks for, in words. */
const patternHints: ReadonlyMap<string, LocalizedText> = new Map([
  [idPattern, { 'zh-CN': '须以字母开头，只含字母、数字和下划线，最多 64 个字符', en: 'it must start with a letter and hold only letters, digits and underscores (at most 64)' }],
  [documentRefPattern, { 'zh-CN': '只能含字母、数字、下划线和连字符，最多 128 个字符', en: 'it may hold only letters, digits, underscores and hyphens (at most 128)' }],
  [fieldRefPattern, { 'zh-CN': '应为字段 ID（字母开头，只含字母、数字和下划线）', en: 'it must be a field id (a letter, then letters, digits and underscores)' }],
  [colorPattern, { 'zh-CN': '应为 #RRGGBB 形式的颜色，如 #2f7cf6', en: 'it must be a colour written #RRGGBB, e.g. #2f7cf6' }],
  [currencyPattern, { 'zh-CN': '应为三个大写字母的币种代码，如 CNY', en: 'it must be a three-letter currency code such as CNY' }],
  [datePattern, { 'zh-CN': '应为 YYYY-MM-DD 形式的日期', en: 'it must be a date written YYYY-MM-DD' }],
  [dateTimePattern, { 'zh-CN': '应为带时区的 ISO 8601 时间，如 2024-05-01T09:30:00+08:00', en: 'it must be an ISO 8601 time with an offset, e.g. 2024-05-01T09:30:00+08:00' }],
]);

const typeNames: Readonly<Record<string, LocalizedText>> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': '是或否（true/false）', en: 'true or false' },
  array: { 'zh-CN': '列表（[…]）', en: 'a list ([…])' },
  object: { 'zh-CN': '对象（{…}）', en: 'an object ({…})' },
  null: { 'zh-CN': 'null', en: 'null' },
};

/**
 * Turns ajv's errors into issues an admin can act on: each at the RFC 6901 pointer of the fault
 * (for a missing or an unknown property, the pointer of that property), with a message in every
 * locale in the glossary's words. Errors that only summarise others (`if`, `allOf`, …) are
 * dropped, duplicates merged, and the list cut at `maxReportedIssues`.
 */
export function translateAjvErrors(errors: readonly ErrorObject[], document: JsonValue, glossary: DocumentGlossary): DocumentIssue[] {
  const describe: LocationDescriber = (pointer) => describeLocation(pointer, document, glossary);
  const issues: DocumentIssue[] = [];
  const seenErrors = new Set<string>();
  const seenIssues = new Set<string>();
  let hidden = 0;
  for (const error of errors) {
    if (summaryKeywords.has(error.keyword)) continue;
    // The same fault often fails in two branches (a field's own and its type's): count it once.
    const errorKey = [error.instancePath, error.propertyName, error.keyword, error.params['missingProperty'], error.params['additionalProperty']].join('\u0000');
    if (seenErrors.has(errorKey)) continue;
    seenErrors.add(errorKey);
    // Past the cap, only count: a hostile document can fail a hundred thousand times.
    if (issues.length >= maxReportedIssues) {
      hidden += 1;
      continue;
    }
    const issue = glossary.translate?.(error, describe) ?? translateError(error, describe, glossary);
    const issueKey = `${issue.pointer}\u0000${issue.code}`;
    if (seenIssues.has(issueKey)) continue;
    seenIssues.add(issueKey);
    issues.push(issue);
  }
  if (issues.length === 0 && errors.length > 0) {
    // Only summaries failed (should not happen with our meta-schemas): still say where.
    const deepest = errors.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
    issues.push(invalid(deepest.instancePath, describe));
  }
  if (hidden === 0) return issues;
  return [
    ...issues,
    {
      pointer: '',
      code: 'moreIssues',
      message: { 'zh-CN': `还有 ${hidden} 个问题未列出`, en: `${hidden} more problems are not listed` },
    },
  ];
}

function translateError(error: ErrorObject, describe: LocationDescriber, glossary: DocumentGlossary): DocumentIssue {
  // Under `propertyNames` the fault is the key itself, which ajv reports beside the object.
  const at = error.propertyName === undefined ? error.instancePath : appendPointer(error.instancePath, error.propertyName);
  const params = error.params as Record<string, unknown>;
  const where = describe(at).phrase;
  const say = (code: string, zh: string, en: string, pointer = at): DocumentIssue => ({ pointer, code, message: { 'zh-CN': zh, en } });
  const value = showValue(error.data);
  const limit = typeof params['limit'] === 'number' ? params['limit'] : 0;

  switch (error.keyword) {
    case 'required': {
      const key = String(params['missingProperty']);
      const name = propertyName(key, glossary);
      return say(
        'required',
        `${where['zh-CN']}缺少“${name['zh-CN']}”(${key})`,
        `${capitalize(where.en)} is missing its ${name.en}${name.en === key ? '' : ` (${key})`}`,
        appendPointer(at, key),
      );
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const holder = describe(at);
      const kind = holder.itemKind;
      const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      const guess = closestName(key, known);
      return say(
        'unknownProperty',
        `${holder.phrase['zh-CN']}${kind ? `是${kind['zh-CN']}，` : ''}不支持设置“${key}”${guess ? `，是否想写“${guess}”？` : ''}`,
        `${holder.named ? `${capitalize(holder.phrase.en)}${kind ? ` is ${kind.en} and` : ''} has no setting "${key}"` : `"${key}" is not a setting of ${holder.phrase.en}`}${guess ? `; did you mean "${guess}"?` : ''}`,
        appendPointer(at, key),
      );
    }
    case 'false schema': {
      const tokens = splitPointer(at);
      const key = tokens.pop() ?? '';
      const holder = describe(tokens.reduce((pointer, token) => appendPointer(pointer, token), '')).phrase;
      const name = propertyName(key, glossary);
      return say('notAllowed', `${holder['zh-CN']}在这里不能设置“${name['zh-CN']}”(${key})`, `${capitalize(holder.en)} cannot have a ${name.en} here`);
    }
    case 'type': {
      const expected = String(params['type']).split(',');
      const zh = expected.map((type) => typeNames[type]?.['zh-CN'] ?? type).join('或');
      const en = expected.map((type) => typeNames[type]?.en ?? type).join(' or ');
      return say('type', `${where['zh-CN']}应为${zh}`, `${capitalize(where.en)} must be ${en}`);
    }
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? (params['allowedValues'] as unknown[]) : [];
      const list = allowed.slice(0, 10).map(showValue).join(', ') + (allowed.length > 10 ? ', …' : '');
      return say('enum', `${where['zh-CN']}不能是 ${value}，可选：${list}`, `${capitalize(where.en)} cannot be ${value}; choose one of: ${list}`);
    }
    case 'const':
      return say('const', `${where['zh-CN']}应为 ${showValue(params['allowedValue'])}`, `${capitalize(where.en)} must be ${showValue(params['allowedValue'])}`);
    case 'pattern': {
      const pattern = String(params['pattern']);
      const hint = patternHints.get(pattern) ?? { 'zh-CN': `应符合格式 ${pattern}`, en: `it must match ${pattern}` };
      return say(pattern === idPattern ? 'invalidId' : 'pattern', `${where['zh-CN']}不能是 ${value}：${hint['zh-CN']}`, `${capitalize(where.en)} cannot be ${value}: ${hint.en}`);
    }
    case 'not': {
      const forbidden = (error.schema as { enum?: unknown } | undefined)?.enum;
      if (Array.isArray(forbidden) && forbidden.includes('constructor')) {
        return say('reservedId', `${where['zh-CN']}不能是 ${value}：这是保留名称，请换一个`, `${capitalize(where.en)} cannot be ${value}: that name is reserved, choose another`);
      }
      return invalid(at, describe);
    }
    case 'minLength':
      return limit <= 1
        ? say('tooShort', `${where['zh-CN']}不能为空`, `${capitalize(where.en)} must not be empty`)
        : say('tooShort', `${where['zh-CN']}至少需要 ${limit} 个字符`, `${capitalize(where.en)} must be at least ${limit} characters long`);
    case 'maxLength':
      return say('tooLong', `${where['zh-CN']}最多 ${limit} 个字符`, `${capitalize(where.en)} must be at most ${limit} characters long`);
    case 'minimum':
      return say('tooSmall', `${where['zh-CN']}不能小于 ${limit}`, `${capitalize(where.en)} must be at least ${limit}`);
    case 'exclusiveMinimum':
      return say('tooSmall', `${where['zh-CN']}应大于 ${limit}`, `${capitalize(where.en)} must be greater than ${limit}`);
    case 'maximum':
      return say('tooLarge', `${where['zh-CN']}不能大于 ${limit}`, `${capitalize(where.en)} must be at most ${limit}`);
    case 'exclusiveMaximum':
      return say('tooLarge', `${where['zh-CN']}应小于 ${limit}`, `${capitalize(where.en)} must be less than ${limit}`);
    case 'minItems':
      return say('tooFew', `${where['zh-CN']}至少需要 ${limit} 项`, `${capitalize(where.en)} must have at least ${limit} ${limit === 1 ? 'entry' : 'entries'}`);
    case 'maxItems':
      return say('tooMany', `${where['zh-CN']}最多 ${limit} 项`, `${capitalize(where.en)} may have at most ${limit} ${limit === 1 ? 'entry' : 'entries'}`);
    case 'uniqueItems':
      return say('duplicateItems', `${where['zh-CN']}有重复项`, `${capitalize(where.en)} lists the same entry twice`);
    default:
      return invalid(at, describe);
  }
}

function invalid(pointer: string, describe: LocationDescriber): DocumentIssue {
  const where = describe(pointer).phrase;
  return { pointer, code: 'invalid', message: { 'zh-CN': `${where['zh-CN']}不符合要求`, en: `${capitalize(where.en)} is not valid` } };
}
