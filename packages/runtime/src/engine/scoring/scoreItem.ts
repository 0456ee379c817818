import type { KpiItem } from '../documents/scoring/ScoringSchema.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import type { ItemScoreData, ItemStatus, ItemWorking } from './ScoreSheet.js';

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
 * Scores one item for one person. The method gives a share of the weight in % (see
 * `ScoringMethod`); points are weight × share ÷ 100 rounded half away from zero to `precision`
 * places — the rounded points are what the total adds up. Achievements and shares are computed
 * exactly and kept to 2 places. Shares never go below 0.
 *
 * No words here: the result carries what its explanation needs (`working`), and `explainItem`
 * renders it — so computing a sheet, storing it and reading it never hold two copies of a sentence.
 *
 * @example
 * const score = scoreItem({ item: sales, weight: 40, precision: 1, actual: 900_000, target: 1_000_000, noRecords: false });
 * score.points;                                  // 36
 * explainItem(score, 1)['zh-CN'];                // '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分'
 */
export function scoreItem(facts: ItemFacts): ItemScoreData {
  const { item, weight, precision, actual, target, noRecords } = facts;
  const method = item.method;
  // An observation item (weight 0 of its own, 观察指标) runs the method like any other and gives 0.
  const observation = weight === 0 && item.weight === 0;
  const unit = item.unit === undefined ? {} : { unit: item.unit };
  const labels = item.source.kind === 'derived' && facts.inputs !== undefined ? { labels: item.source.inputs.map(({ name, label }) => ({ name, label })) } : {};

  const result = (status: ItemStatus, share: number, working: ItemWorking = {}, achievement: number | null = null): ItemScoreData => {
    const points = roundDecimal((weight * share) / 100, precision);
    const all = { ...unit, ...labels, ...working };
    return {
      itemId: item.id,
      name: item.name,
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
      ...(Object.keys(all).length === 0 ? {} : { working: all }),
    };
  };

  if (weight === 0 && !observation) return result('excluded', 0);
  if (facts.fault === 'divisionByZero') return result('divisionByZero', 0);
  if (actual === null) return result(item.source.kind === 'manual' ? 'notAssessed' : 'noRecords', 0);

  if (method.kind === 'grades') {
    const mapping = method.grades.find((entry) => entry.grade === String(actual));
    return mapping === undefined ? result('unknownGrade', 0) : result('scored', mapping.percent);
  }

  if (typeof actual !== 'number') return result('notANumber', 0);

  if (method.kind === 'deduction') {
    const deducted = method.perUnit * actual;
    const shown = { perUnit: method.perUnit, deducted: roundDecimal(deducted, 2) };
    // Weight − deduction has no share of a weight of 0: an observed deduction shows what it would take.
    if (observation) return result('scored', 0, shown);
    const points = Math.max(0, weight - deducted);
    return result('scored', (points / weight) * 100, { ...shown, ...(deducted > weight ? { floored: true as const } : {}), left: roundDecimal(points, precision) });
  }

  if (method.kind === 'percentage') {
    const share = Math.max(0, method.cap === undefined ? actual : Math.min(actual, method.cap));
    return result('scored', share, method.cap !== undefined && actual > method.cap ? { capped: true } : {});
  }

  if (method.kind === 'tiers' && method.basis === 'value') return scoreTiers(actual, null);

  // Every method left compares the actual value with a target above 0.
  if (target === null || !(target > 0)) return result('noTarget', 0);
  const achievement = (actual / target) * 100;

  if (method.kind === 'ratio') {
    const share = Math.max(0, method.cap === undefined ? achievement : Math.min(achievement, method.cap));
    return result('scored', share, method.cap !== undefined && achievement > method.cap ? { capped: true } : {}, achievement);
  }

  if (method.kind === 'inverse') {
    const raw = 200 - achievement;
    const share = Math.min(Math.max(0, raw), method.cap ?? 100);
    return result('scored', share, { raw: roundDecimal(raw, 2), ...(share === raw ? {} : { taken: true as const }) }, achievement);
  }

  return scoreTiers(achievement, achievement);

  function scoreTiers(basis: number, shownAchievement: number | null): ItemScoreData {
    if (method.kind !== 'tiers') throw new Error('scoreTiers runs for tier methods only');
    const reached = [...method.tiers].sort((a, b) => b.min - a.min).find((tier) => basis >= tier.min);
    if (reached === undefined) return result('scored', 0, { basis: method.basis, tier: Math.min(...method.tiers.map((tier) => tier.min)) }, shownAchievement);
    return result('scored', reached.percent, { basis: method.basis, tier: reached.min, reached: true }, shownAchievement);
  }
}
