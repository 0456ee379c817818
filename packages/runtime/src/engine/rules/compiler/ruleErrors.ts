import type { LocalizedText } from '../../i18n/Locale.js';
import { RuleError } from '../RuleError.js';

/** The RuleErrors the compiler and the operators raise, each with its zh-CN and en message. */

export function unknownOperatorError(operator: string, pointer: string): RuleError {
  return new RuleError(
    'unknown_operator',
    pointer,
    { 'zh-CN': `未知的运算符“${operator}”`, en: `Unknown operator "${operator}"` },
    operator,
  );
}

export function invalidArgumentsError(operator: string, pointer: string, detail: LocalizedText): RuleError {
  return new RuleError(
    'invalid_arguments',
    pointer,
    { 'zh-CN': `运算符“${operator}”的参数有误：${detail['zh-CN']}`, en: `Invalid arguments for "${operator}": ${detail.en}` },
    operator,
  );
}

export function arityError(operator: string, pointer: string, min: number, max: number, given: number): RuleError {
  const expected =
    min === max
      ? { 'zh-CN': `${min} 个`, en: `${min}` }
      : max === Infinity
        ? { 'zh-CN': `至少 ${min} 个`, en: `at least ${min}` }
        : { 'zh-CN': `${min} 到 ${max} 个`, en: `${min} to ${max}` };
  return invalidArgumentsError(operator, pointer, {
    'zh-CN': `需要 ${expected['zh-CN']}参数，实际 ${given} 个`,
    en: `expects ${expected.en} argument${max === 1 ? '' : 's'}, got ${given}`,
  });
}

export function tooDeepError(pointer: string, maxDepth: number): RuleError {
  return new RuleError('too_deep', pointer, {
    'zh-CN': `规则嵌套超过 ${maxDepth} 层`,
    en: `The rule nests deeper than ${maxDepth} levels`,
  });
}

export function forbiddenPathError(operator: string, pointer: string, path: string): RuleError {
  return new RuleError(
    'forbidden_path',
    pointer,
    {
      'zh-CN': `运算符“${operator}”不能读取路径“${path}”（不允许 __proto__、constructor、prototype）`,
      en: `"${operator}" may not read the path "${path}" (__proto__, constructor and prototype are refused)`,
    },
    operator,
  );
}

export function needsClockError(operator: string, pointer: string): RuleError {
  return new RuleError(
    'needs_clock',
    pointer,
    {
      'zh-CN': `运算符“${operator}”需要当前时间，但求值时没有提供 now()`,
      en: `"${operator}" needs the current time, but no now() was given to the evaluation`,
    },
    operator,
  );
}

export function invalidTimeZoneError(operator: string, pointer: string, timeZone: string): RuleError {
  return new RuleError(
    'invalid_time_zone',
    pointer,
    { 'zh-CN': `运算符“${operator}”遇到未知时区“${timeZone}”`, en: `"${operator}" met an unknown time zone "${timeZone}"` },
    operator,
  );
}

export function invalidRuleError(pointer: string, found: string): RuleError {
  return new RuleError('invalid_rule', pointer, {
    'zh-CN': `规则只能由 JSON 值组成，此处是 ${found}`,
    en: `A rule is made of JSON values only; found ${found}`,
  });
}
