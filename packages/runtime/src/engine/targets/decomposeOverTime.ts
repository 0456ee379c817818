import type { LocalizedText } from '../i18n/Locale.js';
import { childPeriods } from '../periods/childPeriods.js';
import { formatDay, parseDay } from '../periods/dayText.js';
import { formatPeriod } from '../periods/formatPeriod.js';
import { labelPeriod } from '../periods/labelPeriod.js';
import type { Period } from '../periods/Period.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodDays } from '../periods/periodDays.js';
import { isoWeekOf } from '../periods/isoWeeks.js';
import { samePeriodLastYear } from '../periods/samePeriodLastYear.js';
import { isoWeekday } from '../rules/dates/civilDays.js';
import { formatScoreNumber } from '../scoring/formatScoreNumber.js';
import { splitAmount } from './splitAmount.js';
import { TargetError } from './TargetError.js';
import type { TargetNode, TargetRule } from './TargetNode.js';
import type { TimeDecomposition, TimeLevel } from './TimeDecomposition.js';

/** A stretch of days to give a target to: a period, or a slice of a month. */
interface Slice {
  readonly key: string;
  readonly label: LocalizedText;
  readonly first: number;
  readonly last: number;
  readonly period?: Period;
}

const rank: Readonly<Record<Period['kind'] | TimeLevel, number>> = { year: 0, quarter: 1, month: 2, week: 3, day: 4 };

/**
 * Splits a period's target level by level (see `TimeDecomposition`); every node carries the rule
 * that made it, and every set of children adds up exactly to its parent at the precision.
 *
 * @example
 * decomposeOverTime({ along: 'time', period: '2026', total: 60_000_000, levels: ['quarter', 'month', 'week'] })
 * // 2026: 6000万 → 2026-Q1: 1500万 → 2026-01: 500万 → 2026-01#1: 125万 …
 */
export function decomposeOverTime(request: TimeDecomposition): TargetNode {
  const period = parsePeriod(request.period);
  if (period === undefined) {
    throw new TargetError('invalidPeriod', {
      'zh-CN': `“${request.period}”不是周期名称，应为 2026、2026-Q4、2026-11 或 2026-W48 这样的形式`,
      en: `"${request.period}" is not a period name such as 2026, 2026-Q4, 2026-11 or 2026-W48`,
    });
  }
  if (!Number.isFinite(request.total)) throw new TargetError('invalidAmount', { 'zh-CN': '目标值必须是有限的数字', en: 'The target must be a finite number' });
  let previous: Period['kind'] | TimeLevel = period.kind;
  for (const level of request.levels) {
    const badWeek = level === 'week' && previous !== 'month';
    if (rank[level] <= rank[previous] || badWeek) {
      throw new TargetError('invalidLevels', {
        'zh-CN': badWeek ? '按周分解只能从月开始：请在“周”之前加上“月”' : `分解层级必须逐级变细：“${level}”不能排在“${previous}”之后`,
        en: badWeek ? 'Weeks are split from months only: put "month" before "week"' : `Each level must be finer than the one before: "${level}" cannot follow "${previous}"`,
      });
    }
    previous = level;
  }
  const holidays = new Set((request.holidays ?? []).map(dayOf));
  const extra = new Set((request.extraWorkdays ?? []).map(dayOf));
  const isWorkday = (day: number) => extra.has(day) || (isoWeekday(day) <= 5 && !holidays.has(day));
  const precision = request.precision ?? 2;
  const { first, last } = periodDays(period);
  const root: Slice = { key: formatPeriod(period), label: labelPeriod(period), first, last, period };
  const rootRule: TargetRule = { code: 'root', text: { 'zh-CN': '分解起点', en: 'the total being split' } };
  return build(root, request.total, rootRule, 0);

  function build(slice: Slice, value: number, rule: TargetRule, depth: number): TargetNode {
    const node = { key: slice.key, label: slice.label, value, start: formatDay(slice.first), end: formatDay(slice.last), rule };
    const level = request.levels[depth];
    if (level === undefined) return node;
    const { children, weights, rule: childRule } = split(slice, level);
    const values = splitAmount(value, weights, precision);
    return { ...node, children: children.map((child, index) => build(child, values[index] ?? 0, childRule(index), depth + 1)) };
  }

  function split(slice: Slice, level: TimeLevel): { children: Slice[]; weights: number[]; rule: (index: number) => TargetRule } {
    if (level === 'day') {
      const days = Array.from({ length: slice.last - slice.first + 1 }, (_, index) => slice.first + index);
      const working = request.dayRule === 'workingDays';
      const weights = days.map((day): number => (working && !isWorkday(day) ? 0 : 1));
      const count = weights.reduce((sum, weight) => sum + weight, 0);
      const children = days.map((day) => ({ key: formatDay(day), label: { 'zh-CN': formatDay(day), en: formatDay(day) }, first: day, last: day }));
      if (working && count > 0) return { children, weights, rule: () => fixedRule('workingDays', `按工作日均分（${count} 个工作日）`, `split by working days (${count} working days)`) };
      return { children, weights: days.map(() => 1), rule: () => fixedRule('calendarDays', `按自然日均分（${days.length} 天）`, `split evenly over ${days.length} calendar days`) };
    }
    if (level === 'week') return splitMonthIntoWeeks(slice);
    const periods = slice.period === undefined ? [] : childPeriods(slice.period, level);
    const children = periods.map((child) => ({ key: formatPeriod(child), label: labelPeriod(child), ...periodDays(child), period: child }));
    const weighting = request.weighting ?? { rule: 'even' };
    if (weighting.rule === 'seasonal') {
      const weights = periods.map((child) => weighting.weights[seasonKey(child)] ?? 0);
      const sum = weights.reduce((total, weight) => total + weight, 0);
      return {
        children,
        weights,
        rule: (index) =>
          fixedRule(
            'seasonal',
            `按季节权重 ${formatScoreNumber(weights[index] ?? 0, 'zh-CN')} / ${formatScoreNumber(sum, 'zh-CN')}`,
            `by seasonal weight ${formatScoreNumber(weights[index] ?? 0, 'en')} / ${formatScoreNumber(sum, 'en')}`,
          ),
      };
    }
    if (weighting.rule === 'lastYear') {
      const lastYear = periods.map((child) => formatPeriod(samePeriodLastYear(child)));
      const weights = lastYear.map((name) => weighting.actuals[name] ?? 0);
      const sum = weights.reduce((total, weight) => total + Math.max(0, weight), 0);
      if (sum > 0) {
        return {
          children,
          weights,
          rule: (index) =>
            fixedRule(
              'lastYear',
              `按去年同期占比：${lastYear[index] ?? ''} 实际 ${formatScoreNumber(weights[index] ?? 0, 'zh-CN')} / ${formatScoreNumber(sum, 'zh-CN')}`,
              `by last year's share: ${lastYear[index] ?? ''} actual ${formatScoreNumber(weights[index] ?? 0, 'en')} / ${formatScoreNumber(sum, 'en')}`,
            ),
        };
      }
      return { children, weights: periods.map(() => 1), rule: () => fixedRule('lastYearFallback', `去年同期没有实际数据，改为均分（1/${periods.length}）`, `last year had no actuals, so split evenly (1/${periods.length})`) };
    }
    return { children, weights: periods.map(() => 1), rule: () => fixedRule('even', `均分（1/${periods.length}）`, `split evenly (1/${periods.length})`) };
  }

  function splitMonthIntoWeeks(month: Slice): { children: Slice[]; weights: number[]; rule: (index: number) => TargetRule } {
    const rule = request.weekRule ?? 'fourWeeks';
    if (rule === 'fourWeeks') {
      const starts = [0, 7, 14, 21];
      const children = starts.map((offset, index) => ({
        key: `${month.key}#${index + 1}`,
        label: { 'zh-CN': `${month.label['zh-CN']}第${index + 1}周`, en: `week ${index + 1} of ${month.label.en}` },
        first: month.first + offset,
        last: index === 3 ? month.last : month.first + offset + 6,
      }));
      return {
        children,
        weights: [1, 1, 1, 1],
        rule: () => fixedRule('fourWeeks', '每月按 4 周均分（1–7、8–14、15–21、22–月末）', 'four equal weeks a month (days 1–7, 8–14, 15–21, 22–end)'),
      };
    }
    const children: Slice[] = [];
    for (let day = month.first; day <= month.last; ) {
      const sunday = day - isoWeekday(day) + 7;
      const last = Math.min(sunday, month.last);
      const { year, week } = isoWeekOf(day);
      const period: Period = { kind: 'week', year, index: week };
      children.push({ key: formatPeriod(period), label: labelPeriod(period), first: day, last, period });
      day = last + 1;
    }
    const daysIn = (slice: Slice) => slice.last - slice.first + 1;
    const workdaysIn = (slice: Slice) => Array.from({ length: daysIn(slice) }, (_, index) => slice.first + index).filter(isWorkday).length;
    const monthDays = daysIn(month);
    const monthWorkdays = workdaysIn(month);
    if (rule === 'workingDays' && monthWorkdays > 0) {
      return {
        children,
        weights: children.map(workdaysIn),
        rule: (index) => {
          const child = children[index];
          const count = child === undefined ? 0 : workdaysIn(child);
          return fixedRule('workingDays', `按工作日：本周在当月有 ${count} 个工作日 / 当月 ${monthWorkdays} 个`, `by working days: ${count} of the month's ${monthWorkdays} working days`);
        },
      };
    }
    return {
      children,
      weights: children.map(daysIn),
      rule: (index) => {
        const child = children[index];
        const count = child === undefined ? 0 : daysIn(child);
        return fixedRule('isoWeeks', `按 ISO 周：本周在当月有 ${count} 天 / 当月 ${monthDays} 天`, `by ISO week: ${count} of the month's ${monthDays} days`);
      },
    };
  }
}

function fixedRule(code: string, zh: string, en: string): TargetRule {
  return { code, text: { 'zh-CN': zh, en } };
}

/** `Q4` for a quarter, `11` for a month: the same in every year, so seasonal weights carry over. */
function seasonKey(period: Period): string {
  return period.kind === 'quarter' ? `Q${period.index}` : String(period.index).padStart(2, '0');
}

function dayOf(text: string): number {
  const day = parseDay(text);
  if (day === undefined) throw new TargetError('invalidDate', { 'zh-CN': `“${text}”不是日期（应为 YYYY-MM-DD）`, en: `"${text}" is not a date (YYYY-MM-DD)` });
  return day;
}
