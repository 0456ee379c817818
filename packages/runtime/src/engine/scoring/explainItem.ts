import type { Locale, LocalizedText } from '../i18n/Locale.js';
import { formatQuantity } from './formatQuantity.js';
import { formatScoreNumber } from './formatScoreNumber.js';
import type { ItemScoreData } from './ScoreSheet.js';

/**
 * The words of an item's score in both languages, rendered from the score alone (its fields and
 * `working`): the one place that words an item, for a sheet just computed and for a run stored
 * long ago alike. Every number is shown as it is kept — achievements and shares to 2 places,
 * points to the sheet's `precision` — so the words always match the figures beside them.
 *
 * @example
 * explainItem(scoreItem({ item: sales, weight: 40, precision: 1, actual: 900_000, target: 1_000_000, noRecords: false }), 1)
 * // { 'zh-CN': '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分', en: '签约金额 900,000 ÷ target 1,000,000 = 90% × weight 40 = 36 points' }
 */
export function explainItem(item: ItemScoreData, precision: number): LocalizedText {
  // A full-width bracket needs no space after it.
  return { 'zh-CN': explainItemIn(item, precision, 'zh-CN').replace(/） /g, '）'), en: explainItemIn(item, precision, 'en') };
}

function explainItemIn(item: ItemScoreData, precision: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const { actual, target, weight, working = {} } = item;
  const observation = item.observation === true;
  const num = (value: number) => formatScoreNumber(value, locale);
  const show = (value: number) => formatQuantity(value, working.unit, locale);
  const pct = (value: number) => `${num(value)}%`;
  const pts = (value: number) => formatScoreNumber(value, locale, precision);
  const inputsText = (): string => {
    if (working.labels === undefined || item.inputs === undefined) return '';
    const parts = working.labels.map(({ name, label }) => {
      const value = Object.hasOwn(item.inputs ?? {}, name) ? item.inputs?.[name] : undefined;
      // Inputs carry no unit; Chinese still reads an amount such as 回款金额 in 万.
      return `${label} ${value === null || value === undefined ? '—' : formatQuantity(value, undefined, locale)}`;
    });
    return zh ? `（${parts.join('，')}）` : ` (${parts.join(', ')})`;
  };
  const subject = `${item.name}${inputsText()}`;
  // An observation item says it is not scored instead of multiplying by a weight of 0, so a rep never reads it as a 0-point failure.
  const unscored = zh ? '，观察指标，不计分' : ', observation item, not scored';
  const noPoints = observation ? unscored : zh ? '，得 0 分' : ', 0 points';
  const noRecordsNote = item.noRecords ? (zh ? '（本期没有记录，按 0 计）' : ' (no records this period, counted as 0)') : '';
  const zero = (zhWords: string, enWords: string) => `${subject}${zh ? zhWords : enWords}${noPoints}`;
  const tail = observation ? unscored : zh ? ` × 权重 ${num(weight)} = ${pts(item.points)} 分` : ` × weight ${num(weight)} = ${pts(item.points)} points`;
  const number = typeof actual === 'number' ? actual : 0;

  switch (item.status) {
    case 'excluded':
      return `${subject}${zh ? ' 本阶段权重为 0，不计分' : ': weighs 0 in this stage, not scored'}`;
    case 'divisionByZero':
      return zero(' 无法计算：除数为 0', ' cannot be computed: division by zero');
    case 'notAssessed':
      return zero(' 尚未评分', ': not assessed yet');
    case 'noRecords':
      return zero(' 本期没有记录', ': no records this period');
    case 'unknownGrade':
      return zero(` 等级“${String(actual)}”不在等级表中`, `: the grade "${String(actual)}" is not in the grade table`);
    case 'notANumber':
      return zero(` 的值“${String(actual)}”不是数字`, `: the value "${String(actual)}" is not a number`);
    case 'noTarget':
      return target === null ? zero(' 没有设定目标', ': no target set') : zero(' 目标不大于 0，无法计算完成率', ': the target is not above 0, so there is no achievement');
    case 'scored':
      break;
  }

  const achievement = item.achievement ?? 0;
  const ratioText = (targetWord: LocalizedText) => `${subject} ${show(number)} ÷ ${targetWord[locale]} ${show(target ?? 0)} = ${pct(achievement)}`;
  const capText = working.capped ? (zh ? `，封顶 ${pct(item.percent)}` : `, capped at ${pct(item.percent)}`) : '';

  switch (item.method) {
    case 'grades':
      return `${subject} ${String(actual)} = ${pct(item.percent)}${tail}`;
    case 'deduction': {
      const perUnit = num(working.perUnit ?? 0);
      const deducted = num(working.deducted ?? 0);
      const head = zh ? `${subject} ${show(number)} × 每单位扣 ${perUnit} 分 = 扣 ${deducted} 分` : `${subject} ${show(number)} × ${perUnit} points per unit = ${deducted} deducted`;
      if (observation) return `${head}${unscored}${noRecordsNote}`;
      const left = pts(working.left ?? item.points);
      return zh
        ? `${head}，权重 ${num(weight)} − ${deducted}${working.floored ? '，最低 0' : ''} = ${left} 分${noRecordsNote}`
        : `${head}; weight ${num(weight)} − ${deducted}${working.floored ? ', at least 0' : ''} = ${left} points${noRecordsNote}`;
    }
    case 'percentage':
      return `${subject} ${pct(number)}${capText}${tail}${noRecordsNote}`;
    case 'ratio':
      return `${ratioText({ 'zh-CN': '目标', en: 'target' })}${capText}${tail}${noRecordsNote}`;
    case 'inverse': {
      const raw = pct(working.raw ?? 0);
      const taken = working.taken ? (zh ? `，取 ${pct(item.percent)}` : `, taken as ${pct(item.percent)}`) : '';
      return zh
        ? `${ratioText({ 'zh-CN': '上限', en: 'ceiling' })}，越少越好：200% − ${pct(achievement)} = ${raw}${taken}${tail}${noRecordsNote}`
        : `${ratioText({ 'zh-CN': '上限', en: 'ceiling' })}; less is better: 200% − ${pct(achievement)} = ${raw}${taken}${tail}${noRecordsNote}`;
    }
    case 'tiers': {
      const basisText = working.basis === 'value' ? `${subject} ${show(number)}` : ratioText({ 'zh-CN': '目标', en: 'target' });
      const min = `${num(working.tier ?? 0)}${working.basis === 'achievement' ? '%' : ''}`;
      if (!working.reached) return zh ? `${basisText}，未达到最低档（≥ ${min}）${noPoints}${noRecordsNote}` : `${basisText}, below the lowest tier (≥ ${min})${noPoints}${noRecordsNote}`;
      return zh ? `${basisText}，达到“≥ ${min}”档 = ${pct(item.percent)}${tail}${noRecordsNote}` : `${basisText}, reaching the tier "≥ ${min}" = ${pct(item.percent)}${tail}${noRecordsNote}`;
    }
  }
}
