import type { Locale, LocalizedText } from '../i18n/Locale.js';
import { explainItem } from './explainItem.js';
import { formatScoreNumber } from './formatScoreNumber.js';
import type { PersonScore, PersonScoreData } from './ScoreSheet.js';

/**
 * A person's scores with their words: each item's (`explainItem`) and the total's — the scored
 * items' points added up, the grade, and whether the period is a trial. Rendered from the scores
 * alone, so a stored run reads in words whenever it is read.
 *
 * @example
 * explainPerson(person, { trial: false, precision: 1 }).explanation['zh-CN'] // '36 + 25.5 + 16 + 8 = 85.5 分，评级 良好'
 */
export function explainPerson(person: PersonScoreData, sheet: { readonly trial: boolean; readonly precision: number }): PersonScore {
  const { trial, precision } = sheet;
  // Observation items give 0 and are not scored: the sum a rep reads lists the scored items only.
  const points = person.items.filter((item) => item.observation !== true).map((item) => item.points);
  const text = (locale: Locale) => {
    const sum = `${points.map((value) => formatScoreNumber(value, locale, precision)).join(' + ')} = ${formatScoreNumber(person.total, locale, precision)}`;
    if (locale === 'zh-CN') return `${sum} 分${person.grade === undefined ? '' : `，评级 ${person.grade}`}${trial ? '（试运行，仅供参考）' : ''}`;
    return `${sum} points${person.grade === undefined ? '' : `, grade ${person.grade}`}${trial ? ' (trial run, for reference only)' : ''}`;
  };
  const explanation: LocalizedText = { 'zh-CN': text('zh-CN'), en: text('en') };
  return { ...person, items: person.items.map((item) => ({ ...item, explanation: explainItem(item, precision) })), explanation };
}
