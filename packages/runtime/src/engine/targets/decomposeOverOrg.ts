import { roundDecimal } from '../rules/values/roundDecimal.js';
import { formatScoreNumber } from '../scoring/formatScoreNumber.js';
import type { OrgDecomposition, OrgUnit } from './OrgDecomposition.js';
import { splitAmount } from './splitAmount.js';
import { TargetError } from './TargetError.js';
import type { TargetNode, TargetRule } from './TargetNode.js';

/**
 * Splits a target through the organisation or a dimension (see `OrgDecomposition`). A unit's
 * share is its base (1 each, or its weight) × (1 + adjustment ÷ 100). Rebalanced, the shares are
 * split with `splitAmount`, so siblings add up exactly to their parent; not rebalanced, each unit
 * gets its even or weighted part × (1 + adjustment ÷ 100), rounded half away from zero.
 *
 * @example
 * decomposeOverOrg({ along: 'org', key: 'east', name: '华东组', total: 1_000_000, split: 'even',
 *   units: [{ id: 'u1', name: '新人', adjustment: -20 }, { id: 'u2', name: '老将' }] })
 * // u1: 444,444.44 (0.8 / 1.8), u2: 555,555.56 (1 / 1.8)
 */
export function decomposeOverOrg(request: OrgDecomposition): TargetNode {
  if (!Number.isFinite(request.total)) throw new TargetError('invalidAmount', { 'zh-CN': '目标值必须是有限的数字', en: 'The target must be a finite number' });
  const precision = request.precision ?? 2;
  const rebalance = request.rebalance ?? true;
  const root: TargetRule = { code: 'root', text: { 'zh-CN': '分解起点', en: 'the total being split' } };
  return { key: request.key, label: same(request.name), value: request.total, rule: root, children: splitUnits(request.units, request.total) };

  function splitUnits(units: readonly OrgUnit[], total: number): TargetNode[] {
    if (units.length === 0) return [];
    // A level whose units carry no weights (people under weighted departments) splits evenly.
    const byWeight = request.split === 'weights' && units.some((unit) => unit.weight !== undefined);
    const bases = units.map((unit) => (byWeight ? Math.max(0, unit.weight ?? 0) : 1));
    const factors = units.map((unit) => Math.max(0, 1 + (unit.adjustment ?? 0) / 100));
    const baseSum = bases.reduce((sum, base) => sum + base, 0);
    const baseParts = splitAmount(total, bases, precision);
    const adjusted = bases.map((base, index) => base * (factors[index] ?? 1));
    const adjustedSum = adjusted.reduce((sum, share) => sum + share, 0);
    const values = rebalance ? splitAmount(total, adjusted, precision) : baseParts.map((part, index) => roundDecimal(part * (factors[index] ?? 1), precision));
    return units.map((unit, index) => {
      const value = values[index] ?? 0;
      return {
        key: unit.id,
        label: same(unit.name),
        value,
        rule: ruleOf(unit, byWeight, bases[index] ?? 0, baseSum, adjusted[index] ?? 0, adjustedSum, units.length),
        ...(unit.units === undefined || unit.units.length === 0 ? {} : { children: splitUnits(unit.units, value) }),
      };
    });
  }

  function ruleOf(unit: OrgUnit, byWeight: boolean, base: number, baseSum: number, adjusted: number, adjustedSum: number, count: number): TargetRule {
    const adjustment = unit.adjustment ?? 0;
    const baseText =
      byWeight
        ? { 'zh-CN': `按权重 ${formatScoreNumber(base, 'zh-CN')} / ${formatScoreNumber(baseSum, 'zh-CN')}`, en: `by weight ${formatScoreNumber(base, 'en')} / ${formatScoreNumber(baseSum, 'en')}` }
        : { 'zh-CN': `均分（1/${count}）`, en: `split evenly (1/${count})` };
    const code = byWeight ? 'weights' : 'even';
    if (adjustment === 0 && (!rebalance || adjustedSum === baseSum)) return { code, text: baseText };
    const sign = adjustment > 0 ? '+' : adjustment < 0 ? '−' : '±';
    const amount = `${sign}${formatScoreNumber(Math.abs(adjustment), 'en')}%`;
    if (!rebalance) {
      return { code: 'adjusted', text: { 'zh-CN': `${baseText['zh-CN']}，再调整 ${amount}（不重新平衡，合计可能不等于上级）`, en: `${baseText.en}, then adjusted ${amount} (not rebalanced: the parts may not add up to the parent)` } };
    }
    const share = `${formatScoreNumber(adjusted, 'en', 4)} / ${formatScoreNumber(adjustedSum, 'en', 4)}`;
    return {
      code: 'adjusted',
      text: {
        'zh-CN': `${baseText['zh-CN']}，调整 ${amount} 后按比例重新平衡（${share}），合计等于上级`,
        en: `${baseText.en}, adjusted ${amount} and rebalanced (${share}) so the parts add up to the parent`,
      },
    };
  }
}

function same(text: string) {
  return { 'zh-CN': text, en: text };
}
