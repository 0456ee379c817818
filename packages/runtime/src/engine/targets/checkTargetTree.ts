import type { LocalizedText } from '../i18n/Locale.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { formatScoreNumber } from '../scoring/formatScoreNumber.js';
import type { TargetNode } from './TargetNode.js';

/** A node whose children do not add up to it. */
export interface TargetMismatch {
  readonly key: string;
  /** Keys from the root down to this node. */
  readonly path: readonly string[];
  readonly value: number;
  readonly childrenSum: number;
  /** value − childrenSum: positive when the children fall short of the parent. */
  readonly difference: number;
  readonly message: LocalizedText;
}

/**
 * Every node whose children do not add up to it at `precision` decimal places (default 2):
 * targets edited by hand, or split without rebalancing, are shown with the difference.
 * Sums are rounded to the precision first, so 0.1 + 0.2 is 0.3.
 */
export function checkTargetTree(root: TargetNode, precision = 2): TargetMismatch[] {
  const mismatches: TargetMismatch[] = [];
  const visit = (node: TargetNode, path: readonly string[]) => {
    const here = [...path, node.key];
    const children = node.children ?? [];
    if (children.length > 0) {
      const childrenSum = roundDecimal(
        children.reduce((sum, child) => sum + child.value, 0),
        precision,
      );
      const difference = roundDecimal(node.value - childrenSum, precision);
      if (difference !== 0) {
        const shown = (locale: 'zh-CN' | 'en') => ({ value: formatScoreNumber(node.value, locale, precision), sum: formatScoreNumber(childrenSum, locale, precision), diff: formatScoreNumber(Math.abs(difference), locale, precision) });
        const zh = shown('zh-CN');
        const en = shown('en');
        mismatches.push({
          key: node.key,
          path: here,
          value: node.value,
          childrenSum,
          difference,
          message: {
            'zh-CN': `“${node.label['zh-CN']}”的目标 ${zh.value}，下级合计 ${zh.sum}，${difference > 0 ? '差' : '超出'} ${zh.diff}`,
            en: `"${node.label.en}" has a target of ${en.value} but its parts add up to ${en.sum}: ${en.diff} ${difference > 0 ? 'short' : 'over'}`,
          },
        });
      }
    }
    for (const child of children) visit(child, here);
  };
  visit(root, []);
  return mismatches;
}
