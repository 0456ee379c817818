import { compileRule } from '../../rules/compileRule.js';
import { RuleError } from '../../rules/RuleError.js';
import { comparePeriods } from '../../periods/comparePeriods.js';
import { parsePeriod } from '../../periods/parsePeriod.js';
import { describeLocation } from '../describeLocation.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import { capitalize } from '../englishPhrases.js';
import type { JsonValue } from '../JsonValue.js';
import { scoringGlossary } from './scoringGlossary.js';
import type { ScoringSchema } from './ScoringSchema.js';

/**
 * What refers to something else inside a scheme: weight sets name existing items and start on
 * different periods, a derived formula compiles and reads only its own inputs (once each name),
 * and the scheme's periods come in order. A period name the pattern lets through but the calendar
 * does not (`2025-W53`) is refused too.
 */
export function checkScoringReferences(scoring: ScoringSchema): DocumentIssue[] {
  const describe = (pointer: string) => describeLocation(pointer, scoring as unknown as JsonValue, scoringGlossary).phrase;
  const issues: DocumentIssue[] = [];
  const itemIds = new Set(scoring.items.map((item) => item.id));

  const periodAt = (name: string | undefined, pointer: string) => {
    if (name === undefined) return undefined;
    const period = parsePeriod(name);
    if (period === undefined) {
      const where = describe(pointer);
      issues.push({
        pointer,
        code: 'invalidPeriod',
        message: { 'zh-CN': `${where['zh-CN']}“${name}”不是日历上存在的周期`, en: `${capitalize(where.en)} "${name}" is not a period on the calendar` },
      });
    }
    return period;
  };

  const from = periodAt(scoring.validFrom, '/validFrom');
  const to = periodAt(scoring.validTo, '/validTo');
  periodAt(scoring.trialUntil, '/trialUntil');
  if (from !== undefined && to !== undefined && comparePeriods(from, to) > 0) {
    issues.push({
      pointer: '/validTo',
      code: 'periodOrder',
      message: {
        'zh-CN': `截止周期“${scoring.validTo ?? ''}”早于生效周期“${scoring.validFrom ?? ''}”`,
        en: `The last period scored ("${scoring.validTo ?? ''}") comes before the first ("${scoring.validFrom ?? ''}")`,
      },
    });
  }

  const starts = new Map<string, number>();
  (scoring.weightSets ?? []).forEach((set, setIndex) => {
    periodAt(set.from, `/weightSets/${setIndex}/from`);
    const earlier = starts.get(set.from);
    if (earlier === undefined) starts.set(set.from, setIndex);
    else {
      issues.push({
        pointer: `/weightSets/${setIndex}/from`,
        code: 'duplicatePeriod',
        message: {
          'zh-CN': `第 ${setIndex + 1} 组阶段权重与第 ${earlier + 1} 组的起始周期“${set.from}”相同，不能重复`,
          en: `Weight set ${setIndex + 1} starts on "${set.from}", like weight set ${earlier + 1}; each must start on its own period`,
        },
      });
    }
    for (const itemId of Object.keys(set.weights)) {
      if (itemIds.has(itemId)) continue;
      issues.push({
        pointer: `/weightSets/${setIndex}/weights/${itemId}`,
        code: 'unknownItem',
        message: {
          'zh-CN': `第 ${setIndex + 1} 组阶段权重引用的考核项“${itemId}”不存在`,
          en: `Weight set ${setIndex + 1} names the KPI item "${itemId}", which the scheme does not have`,
        },
      });
    }
  });

  scoring.items.forEach((item, itemIndex) => {
    if (item.source.kind !== 'derived') return;
    const base = `/items/${itemIndex}/source`;
    const where = describe(`/items/${itemIndex}`);
    const names = new Map<string, number>();
    item.source.inputs.forEach((input, inputIndex) => {
      const earlier = names.get(input.name);
      if (earlier === undefined) names.set(input.name, inputIndex);
      else {
        issues.push({
          pointer: `${base}/inputs/${inputIndex}/name`,
          code: 'duplicateInputName',
          message: {
            'zh-CN': `${where['zh-CN']}的第 ${inputIndex + 1} 个公式输入与第 ${earlier + 1} 个同名“${input.name}”`,
            en: `${capitalize(where.en)} has two formula inputs named "${input.name}" (${earlier + 1} and ${inputIndex + 1})`,
          },
        });
      }
    });
    try {
      const compiled = compileRule(item.source.formula);
      const unknown = compiled.dependencies.vars.filter((name) => !names.has(name));
      if (compiled.dependencies.dynamic || unknown.length > 0) {
        const shown = unknown.length > 0 ? unknown.join(', ') : '?';
        issues.push({
          pointer: `${base}/formula`,
          code: 'unknownInput',
          message: {
            'zh-CN': `${where['zh-CN']}的公式读取了未定义的输入：${shown}；只能读取公式输入 ${[...names.keys()].join('、')}`,
            en: `The formula of ${where.en} reads inputs it does not define: ${shown}; it may read only ${[...names.keys()].join(', ')}`,
          },
        });
      }
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      issues.push({
        pointer: `${base}/formula${error.pointer}`,
        code: 'invalidFormula',
        message: {
          'zh-CN': `${where['zh-CN']}的公式有误：${error.localized['zh-CN']}`,
          en: `The formula of ${where.en} is not valid: ${error.localized.en}`,
        },
      });
    }
  });
  return issues;
}
