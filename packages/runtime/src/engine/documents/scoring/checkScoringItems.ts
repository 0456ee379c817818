import { describeLocation } from '../describeLocation.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import type { JsonValue } from '../JsonValue.js';
import { scoringGlossary } from './scoringGlossary.js';
import type { ScoringSchema } from './ScoringSchema.js';

/**
 * What each item's shape cannot say: item ids are unique (score sheets are keyed by them), and a
 * grade appears once among the bands and once in each grade mapping.
 */
export function checkScoringItems(scoring: ScoringSchema): DocumentIssue[] {
  const describe = (pointer: string) => describeLocation(pointer, scoring as unknown as JsonValue, scoringGlossary).phrase;
  const issues: DocumentIssue[] = [];
  const report = (values: readonly string[], pointerOf: (index: number) => string, code: string, what: { 'zh-CN': string; en: string }): void => {
    const seen = new Map<string, number>();
    values.forEach((value, index) => {
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      const where = describe(pointerOf(index).replace(/\/[^/]+$/, ''));
      const earlier = describe(pointerOf(first).replace(/\/[^/]+$/, ''));
      issues.push({
        pointer: pointerOf(index),
        code,
        message: {
          'zh-CN': `${where['zh-CN']}的${what['zh-CN']}“${value}”与${earlier['zh-CN']}相同，不能重复`,
          en: `${capitalize(where.en)} has the ${what.en} "${value}", like ${earlier.en}; it must be unique`,
        },
      });
    });
  };
  report(
    scoring.items.map((item) => item.id),
    (index) => `/items/${index}/id`,
    'duplicateItemId',
    { 'zh-CN': 'ID', en: 'id' },
  );
  report(
    (scoring.bands ?? []).map((band) => band.grade),
    (index) => `/bands/${index}/grade`,
    'duplicateGrade',
    { 'zh-CN': '等级', en: 'grade' },
  );
  scoring.items.forEach((item, itemIndex) => {
    if (item.method.kind !== 'grades') return;
    report(
      item.method.grades.map((mapping) => mapping.grade),
      (index) => `/items/${itemIndex}/method/grades/${index}/grade`,
      'duplicateGrade',
      { 'zh-CN': '等级', en: 'grade' },
    );
  });
  return issues;
}
