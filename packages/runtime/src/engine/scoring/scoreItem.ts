import type { KpiItem } from '../documents/scoring/ScoringSchema.js';
import type { Locale, LocalizedText } from '../i18n/Locale.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { formatQuantity } from './formatQuantity.js';
import { formatScoreNumber } from './formatScoreNumber.js';
import type { ItemScore, ItemStatus } from './ScoreSheet.js';

/** One person's facts for one item, as `computeScores` gathers them. */
export interface ItemFacts {
  readonly item: KpiItem;
  /** The weight in force this period. */
  readonly weight: number;
  /** Decimal places of the points. */
  readonly precision: number;
  /** The value; null when there is none (see `noRecords`). */
  readonly actual: number | string | null;
  /** True when the person had no records (or no assessment) for the item. */
  readonly noRecords: boolean;
  readonly target: number | null;
  /** A derived item's inputs, by name. */
  readonly inputs?: Readonly<Record<string, number | null>>;
  /** A fault found before the method ran (a derived formula's). */
  readonly fault?: 'noRecords' | 'divisionByZero';
}

/**
 * Scores one item for one person and explains it. The method gives a share of the weight in %
 * (see `ScoringMethod`); points are weight × share ÷ 100 rounded half away from zero to
 * `precision` places — the rounded points are what the total adds up. Achievements and shares are
 * computed exactly and shown to 2 places. Shares never go below 0.
 *
 * @example
 * scoreItem({ item: sales, weight: 40, precision: 1, actual: 900_000, target: 1_000_000, noRecords: false }).explanation['zh-CN']
 * // '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分'
 */
export function scoreItem(facts: ItemFacts): ItemScore {
  const { item, weight, precision, actual, target, noRecords } = facts;
  const unit = item.unit;
  const method = item.method;
  const name = item.name;
  const show = (value: number, locale: Locale) => formatQuantity(value, unit, locale);
  const pct = (value: number, locale: Locale) => `${formatScoreNumber(value, locale)}%`;
  const pts = (value: number, locale: Locale) => formatScoreNumber(value, locale, precision);
  const inputsText = (locale: Locale): string => {
    if (item.source.kind !== 'derived' || facts.inputs === undefined) return '';
    const parts = item.source.inputs.map((input) => {
      const value = facts.inputs?.[input.name];
      // Inputs carry no unit; Chinese still reads an amount such as 回款金额 in 万.
      return `${input.label} ${value === null || value === undefined ? '—' : formatQuantity(value, undefined, locale)}`;
    });
    return locale === 'zh-CN' ? `（${parts.join('，')}）` : ` (${parts.join(', ')})`;
  };
  const subject = (locale: Locale) => `${name}${inputsText(locale)}`;
  // An observation item (weight 0 of its own, 观察指标) runs the method like any other; only the
  // points (0) and the words after the numbers differ: it says it is not scored instead of
  // multiplying by a weight of 0, so a rep never reads it as a 0-point failure.
  const observation = weight === 0 && item.weight === 0;
  const unscored = (locale: Locale) => (locale === 'zh-CN' ? '，观察指标，不计分' : ', observation item, not scored');
  const noPoints = (locale: Locale) => (observation ? unscored(locale) : locale === 'zh-CN' ? '，得 0 分' : ', 0 points');
  const noRecordsNote = (locale: Locale) => (noRecords ? (locale === 'zh-CN' ? '（本期没有记录，按 0 计）' : ' (no records this period, counted as 0)') : '');

  const result = (status: ItemStatus, share: number, explain: (locale: Locale) => string, achievement: number | null = null): ItemScore => {
    const points = roundDecimal((weight * share) / 100, precision);
    return {
      itemId: item.id,
      name,
      method: method.kind,
      weight,
      actual,
      target,
      achievement: achievement === null ? null : roundDecimal(achievement, 2),
      percent: roundDecimal(share, 2),
      points,
      status,
      noRecords,
      ...(facts.inputs === undefined ? {} : { inputs: facts.inputs }),
      ...(observation ? { observation: true as const } : {}),
      // A full-width bracket needs no space after it.
      explanation: { 'zh-CN': explain('zh-CN').replace(/） /g, '）'), en: explain('en') },
    };
  };
  /** 0 points for a reason (said without its points: `noPoints` ends it). */
  const zero = (status: ItemStatus, zh: string, en: string) => result(status, 0, (locale) => `${subject(locale)}${locale === 'zh-CN' ? zh : en}${noPoints(locale)}`);

  if (weight === 0 && !observation) return result('excluded', 0, (locale) => `${subject(locale)}${locale === 'zh-CN' ? ' 本阶段权重为 0，不计分' : ': weighs 0 in this stage, not scored'}`);
  if (facts.fault === 'divisionByZero') return zero('divisionByZero', ' 无法计算：除数为 0', ' cannot be computed: division by zero');
  if (actual === null) {
    if (item.source.kind === 'manual') return zero('notAssessed', ' 尚未评分', ': not assessed yet');
    return zero('noRecords', ' 本期没有记录', ': no records this period');
  }

  const tail = (share: number, locale: Locale) => {
    if (observation) return unscored(locale);
    return locale === 'zh-CN' ? ` × 权重 ${formatScoreNumber(weight, locale)} = ${pts((weight * share) / 100, locale)} 分` : ` × weight ${formatScoreNumber(weight, locale)} = ${pts((weight * share) / 100, locale)} points`;
  };

  if (method.kind === 'grades') {
    const grade = String(actual);
    const mapping = method.grades.find((entry) => entry.grade === grade);
    if (mapping === undefined) return zero('unknownGrade', ` 等级“${grade}”不在等级表中`, `: the grade "${grade}" is not in the grade table`);
    return result('scored', mapping.percent, (locale) => `${subject(locale)} ${grade} = ${pct(mapping.percent, locale)}${tail(mapping.percent, locale)}`);
  }

  if (typeof actual !== 'number') return zero('notANumber', ` 的值“${actual}”不是数字`, `: the value "${actual}" is not a number`);

  if (method.kind === 'deduction') {
    const deducted = method.perUnit * actual;
    // Weight − deduction has no share of a weight of 0: an observed deduction shows what it would take.
    if (observation) {
      return result('scored', 0, (locale) =>
        locale === 'zh-CN'
          ? `${subject(locale)} ${show(actual, locale)} × 每单位扣 ${formatScoreNumber(method.perUnit, locale)} 分 = 扣 ${formatScoreNumber(deducted, locale)} 分${unscored(locale)}${noRecordsNote(locale)}`
          : `${subject(locale)} ${show(actual, locale)} × ${formatScoreNumber(method.perUnit, locale)} points per unit = ${formatScoreNumber(deducted, locale)} deducted${unscored(locale)}${noRecordsNote(locale)}`,
      );
    }
    const points = Math.max(0, weight - deducted);
    const share = (points / weight) * 100;
    return result('scored', share, (locale) =>
      locale === 'zh-CN'
        ? `${subject(locale)} ${show(actual, locale)} × 每单位扣 ${formatScoreNumber(method.perUnit, locale)} 分 = 扣 ${formatScoreNumber(deducted, locale)} 分，权重 ${formatScoreNumber(weight, locale)} − ${formatScoreNumber(deducted, locale)}${deducted > weight ? '，最低 0' : ''} = ${pts(points, locale)} 分${noRecordsNote(locale)}`
        : `${subject(locale)} ${show(actual, locale)} × ${formatScoreNumber(method.perUnit, locale)} points per unit = ${formatScoreNumber(deducted, locale)} deducted; weight ${formatScoreNumber(weight, locale)} − ${formatScoreNumber(deducted, locale)}${deducted > weight ? ', at least 0' : ''} = ${pts(points, locale)} points${noRecordsNote(locale)}`,
    );
  }

  if (method.kind === 'percentage') {
    const share = Math.max(0, method.cap === undefined ? actual : Math.min(actual, method.cap));
    const capped = method.cap !== undefined && actual > method.cap;
    return result('scored', share, (locale) => {
      const capText = capped ? (locale === 'zh-CN' ? `，封顶 ${pct(share, locale)}` : `, capped at ${pct(share, locale)}`) : '';
      return `${subject(locale)} ${pct(actual, locale)}${capText}${tail(share, locale)}${noRecordsNote(locale)}`;
    });
  }

  if (method.kind === 'tiers' && method.basis === 'value') return scoreTiers(actual, null, (locale) => `${subject(locale)} ${show(actual, locale)}`);

  // Every method left compares the actual value with a target above 0.
  if (target === null || !(target > 0)) {
    return zero('noTarget', target === null ? ' 没有设定目标' : ' 目标不大于 0，无法计算完成率', target === null ? ': no target set' : ': the target is not above 0, so there is no achievement');
  }
  const achievement = (actual / target) * 100;
  const ratioText = (locale: Locale, targetWord: LocalizedText) =>
    `${subject(locale)} ${show(actual, locale)} ÷ ${targetWord[locale]} ${show(target, locale)} = ${pct(achievement, locale)}`;
  const targetWord = { 'zh-CN': '目标', en: 'target' };

  if (method.kind === 'ratio') {
    const share = Math.max(0, method.cap === undefined ? achievement : Math.min(achievement, method.cap));
    const capped = method.cap !== undefined && achievement > method.cap;
    return result(
      'scored',
      share,
      (locale) => `${ratioText(locale, targetWord)}${capped ? (locale === 'zh-CN' ? `，封顶 ${pct(share, locale)}` : `, capped at ${pct(share, locale)}`) : ''}${tail(share, locale)}${noRecordsNote(locale)}`,
      achievement,
    );
  }

  if (method.kind === 'inverse') {
    const raw = 200 - achievement;
    const share = Math.min(Math.max(0, raw), method.cap ?? 100);
    const ceiling = { 'zh-CN': '上限', en: 'ceiling' };
    return result(
      'scored',
      share,
      (locale) =>
        locale === 'zh-CN'
          ? `${ratioText(locale, ceiling)}，越少越好：200% − ${pct(achievement, locale)} = ${pct(raw, locale)}${share === raw ? '' : `，取 ${pct(share, locale)}`}${tail(share, locale)}${noRecordsNote(locale)}`
          : `${ratioText(locale, ceiling)}; less is better: 200% − ${pct(achievement, locale)} = ${pct(raw, locale)}${share === raw ? '' : `, taken as ${pct(share, locale)}`}${tail(share, locale)}${noRecordsNote(locale)}`,
      achievement,
    );
  }

  return scoreTiers(achievement, achievement, (locale) => ratioText(locale, targetWord));

  function scoreTiers(basis: number, shownAchievement: number | null, basisText: (locale: Locale) => string): ItemScore {
    if (method.kind !== 'tiers') throw new Error('scoreTiers runs for tier methods only');
    const reached = [...method.tiers].sort((a, b) => b.min - a.min).find((tier) => basis >= tier.min);
    const lowest = Math.min(...method.tiers.map((tier) => tier.min));
    const unitOfMin = method.basis === 'achievement' ? '%' : '';
    if (reached === undefined) {
      return result(
        'scored',
        0,
        (locale) =>
          locale === 'zh-CN'
            ? `${basisText(locale)}，未达到最低档（≥ ${formatScoreNumber(lowest, locale)}${unitOfMin}）${noPoints(locale)}${noRecordsNote(locale)}`
            : `${basisText(locale)}, below the lowest tier (≥ ${formatScoreNumber(lowest, locale)}${unitOfMin})${noPoints(locale)}${noRecordsNote(locale)}`,
        shownAchievement,
      );
    }
    return result(
      'scored',
      reached.percent,
      (locale) =>
        locale === 'zh-CN'
          ? `${basisText(locale)}，达到“≥ ${formatScoreNumber(reached.min, locale)}${unitOfMin}”档 = ${pct(reached.percent, locale)}${tail(reached.percent, locale)}${noRecordsNote(locale)}`
          : `${basisText(locale)}, reaching the tier "≥ ${formatScoreNumber(reached.min, locale)}${unitOfMin}" = ${pct(reached.percent, locale)}${tail(reached.percent, locale)}${noRecordsNote(locale)}`,
      shownAchievement,
    );
  }
}
