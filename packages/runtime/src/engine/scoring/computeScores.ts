import type { KpiItem, ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import type { LocalizedText } from '../i18n/Locale.js';
import { formatPeriod } from '../periods/formatPeriod.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { evaluateDerivedItem } from './evaluateDerivedItem.js';
import { explainScoreSheet } from './explainScoreSheet.js';
import { gradeOf } from './gradeOf.js';
import { isAdditiveAggregate } from './isAdditiveAggregate.js';
import { isTrialPeriod } from './isTrialPeriod.js';
import { rollUpTeams } from './rollUpTeams.js';
import { scoreItem, type ItemFacts } from './scoreItem.js';
import type { PersonScoreData, ScoreSheet, ScoreSheetData } from './ScoreSheet.js';
import { ScoringError } from './ScoringError.js';
import type { ScoredPerson, ScoringInputs } from './ScoringInputs.js';
import { weightSetFor } from './weightSetFor.js';

const defaultPrecision = 1;

/**
 * Scores everyone in `inputs.people` on a parsed scheme for one period: per item the actual
 * value, target, achievement, method, points and an explanation in both languages; the total;
 * the grade; team roll-ups over the department tree. Pure: the same inputs always give the same
 * sheet (a run stores it without the words: `computeScoreData`).
 *
 * Rounding: each item's points are rounded half away from zero to the scheme's `precision`
 * (default 1 decimal place); the total is the exact sum of those rounded points, so a sheet
 * always adds up as printed. A person with no records scores 0 on the items that need them, and
 * each such item says so; nothing about one person's data throws.
 *
 * @throws ScoringError when the period is not a period name, or not of the scheme's kind.
 * @example
 * const sheet = computeScores(scheme, { period: '2026-11', people, actuals, targets, departments });
 * sheet.people[0].total;                    // 85.5
 * sheet.people[0].items[0].explanation['zh-CN']; // '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分'
 */
export function computeScores(scheme: ScoringSchema, inputs: ScoringInputs): ScoreSheet {
  return explainScoreSheet(computeScoreData(scheme, inputs));
}

/**
 * `computeScores` without the words: the same figures, each item with what its explanation needs
 * (`working`), rendered later by `explainScoreSheet` in both languages. What a run stores: a
 * thousand people's words were most of its 2 MB and of the time to store it.
 *
 * @throws ScoringError as `computeScores`.
 */
export function computeScoreData(scheme: ScoringSchema, inputs: ScoringInputs): ScoreSheetData {
  const period = parsePeriod(inputs.period);
  if (period === undefined) {
    throw new ScoringError('invalidPeriod', {
      'zh-CN': `“${inputs.period}”不是周期名称，应为 2026、2026-Q4、2026-11 或 2026-W48 这样的形式`,
      en: `"${inputs.period}" is not a period name such as 2026, 2026-Q4, 2026-11 or 2026-W48`,
    });
  }
  if (period.kind !== scheme.period) {
    throw new ScoringError('wrongPeriodKind', {
      'zh-CN': `考核方案“${scheme.title}”按${periodWord[scheme.period]['zh-CN']}考核，不能计算周期“${inputs.period}”`,
      en: `The scheme "${scheme.title}" scores by ${periodWord[scheme.period].en}, so it cannot score "${inputs.period}"`,
    });
  }
  const precision = scheme.precision ?? defaultPrecision;
  const weightSet = weightSetFor(scheme, period);
  const weightOf = (item: KpiItem) => (weightSet !== undefined && Object.hasOwn(weightSet.weights, item.id) ? (weightSet.weights[item.id] ?? item.weight) : item.weight);
  const trial = isTrialPeriod(scheme, period);
  const bands = scheme.bands;

  const people = inputs.people.map((person): PersonScoreData => {
    const items = scheme.items.map((item) => scoreItem(factsFor(item, weightOf(item), precision, person, inputs)));
    const total = roundDecimal(
      items.reduce((sum, item) => sum + item.points, 0),
      precision,
    );
    const grade = gradeOf(total, bands);
    return {
      personId: person.id,
      ...(person.name === undefined ? {} : { name: person.name }),
      ...(person.departmentId === undefined ? {} : { departmentId: person.departmentId }),
      items,
      total,
      ...(grade === undefined ? {} : { grade }),
    };
  });

  return {
    period: formatPeriod(period),
    title: scheme.title,
    trial,
    ...(weightSet === undefined ? {} : { weightSet: weightSet.name }),
    precision,
    weightTotal: roundDecimal(
      scheme.items.reduce((sum, item) => sum + weightOf(item), 0),
      6,
    ),
    people,
    teams: rollUpTeams(people, inputs.departments ?? [], scheme.teamRollup ?? 'avg', precision, bands),
  };
}

const periodWord: Readonly<Record<ScoringSchema['period'], LocalizedText>> = {
  week: { 'zh-CN': '周', en: 'week' },
  month: { 'zh-CN': '月', en: 'month' },
  quarter: { 'zh-CN': '季度', en: 'quarter' },
  year: { 'zh-CN': '年', en: 'year' },
};

function factsFor(item: KpiItem, weight: number, precision: number, person: ScoredPerson, inputs: ScoringInputs): ItemFacts {
  const target = targetOf(item, person, inputs);
  const source = item.source;
  if (source.kind === 'derived') {
    const byName = inputs.derived?.[item.id] ?? {};
    const values = Object.fromEntries(source.inputs.map((input) => [input.name, own(own(byName, input.name), person.id)]));
    const derived = evaluateDerivedItem(source, values);
    return {
      item,
      weight,
      precision,
      actual: derived.actual,
      noRecords: derived.noRecords,
      target,
      inputs: derived.inputs,
      ...(derived.fault === undefined ? {} : { fault: derived.fault }),
    };
  }
  const value = own(own(inputs.actuals, item.id), person.id);
  const missing = value === undefined || value === null;
  if (missing && source.kind === 'aggregate' && isAdditiveAggregate(source.aggregate)) return { item, weight, precision, actual: 0, noRecords: true, target };
  return { item, weight, precision, actual: missing ? null : value, noRecords: missing, target };
}

function targetOf(item: KpiItem, person: ScoredPerson, inputs: ScoringInputs): number | null {
  if (item.target === undefined) return null;
  if (item.target.kind === 'fixed') return item.target.value;
  return own(own(inputs.targets, item.id), person.id) ?? null;
}

/** An own property only: ids come from users, and `constructor` must never read the prototype. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
