import { findUnsafeCharacter, type LocalizedText } from '@formwork/runtime';
import type { BoundValue } from './FilterPredicate.js';
import { filterLimits } from './filterLimits.js';
import type { QueryField } from './QueryField.js';
import { startOfLocalDay, type TimeZone } from './TimeZone.js';

/** An operand read for a field: one value, or a whole local day for a date given to a time field. */
export type FilterOperand =
  | { readonly kind: 'value'; readonly value: BoundValue }
  /** `[start, end)` of a calendar day, in the field's storage form. */
  | { readonly kind: 'day'; readonly start: BoundValue; readonly end: BoundValue };

export type OperandResult = { readonly ok: true; readonly operand: FilterOperand } | { readonly ok: false; readonly message: LocalizedText };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const numericPattern = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Reads one operand of a condition on `field`: numbers for number fields (numeric text too),
 * calendar dates for date fields, ISO date-times (normalised to UTC) or whole days for time
 * fields, text otherwise. Never passes anything but a string or a number on, so every operand can
 * be a bound parameter.
 */
export function parseFilterOperand(field: QueryField, raw: unknown, zone: TimeZone): OperandResult {
  switch (field.kind) {
    case 'number':
      if (typeof raw === 'number' && Number.isFinite(raw)) return value(raw);
      if (typeof raw === 'boolean') return value(raw ? 1 : 0);
      if (typeof raw === 'string' && raw.length <= 64 && numericPattern.test(raw)) return value(Number(raw));
      return fail({ 'zh-CN': '必须是数字', en: 'must be a number' });
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw) ? value(raw) : fail({ 'zh-CN': '必须是日期 YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' });
    case 'datetime':
    case 'timestamp':
      return readTime(field, raw, zone);
    case 'count':
      return fail({ 'zh-CN': '此字段只能判断是否为空', en: 'can only be tested for empty or not empty' });
    default:
      if (typeof raw === 'string') {
        if (raw.length > filterLimits.maxTextLength) return fail({ 'zh-CN': `不能超过 ${filterLimits.maxTextLength} 个字符`, en: `must be at most ${filterLimits.maxTextLength} characters` });
        const unsafe = unsafeFilterText(raw);
        return unsafe === undefined ? value(raw) : fail(unsafe);
      }
      if (typeof raw === 'number' && Number.isFinite(raw)) return value(field.kind === 'any' ? raw : String(raw));
      if (typeof raw === 'boolean' && field.kind === 'any') return value(raw ? 1 : 0);
      return fail({ 'zh-CN': '必须是文本', en: 'must be text' });
  }
}

function readTime(field: QueryField, raw: unknown, zone: TimeZone): OperandResult {
  const asStored = (time: number): BoundValue => (field.kind === 'timestamp' ? time : new Date(time).toISOString());
  if (typeof raw === 'string' && isCalendarDate(raw)) {
    const start = startOfLocalDay(raw, zone);
    return { ok: true, operand: { kind: 'day', start: asStored(start), end: asStored(start + 86_400_000) } };
  }
  if (typeof raw === 'string' && dateTimePattern.test(raw)) {
    const time = Date.parse(raw);
    if (Number.isFinite(time)) return value(asStored(time));
  }
  return fail({ 'zh-CN': '必须是日期或带时区的日期时间（ISO 8601）', en: 'must be a date or an ISO 8601 date-time with an offset' });
}

/**
 * Why a text operand cannot be used, or `undefined`: it holds a character no stored text may
 * hold (`findUnsafeCharacter`; line breaks and tabs allowed, as multi-line text has them). Such a
 * value could match nothing stored, and SQLite's LIKE ends a pattern at a NUL, so `%\u0000%`
 * would match every row.
 */
export function unsafeFilterText(text: string): LocalizedText | undefined {
  const found = findUnsafeCharacter(text, true);
  if (found === undefined) return undefined;
  return {
    'zh-CN': `第 ${found.position} 个字符（${found.character}）不能用于筛选：控制字符、文字方向控制符或不完整的字符`,
    en: `character ${found.position} (${found.character}) cannot be used in a filter: a control character, a text-direction override or half a character`,
  };
}

/** Whether text is a real calendar date `YYYY-MM-DD` (not 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function value(bound: BoundValue): OperandResult {
  return { ok: true, operand: { kind: 'value', value: bound } };
}

function fail(message: LocalizedText): OperandResult {
  return { ok: false, message };
}
