import type { ScoringSchema } from '@formwork/runtime';

/**
 * The items' own weights added up, to two places (so 33.33 + 33.33 + 33.34 is 100, not
 * 99.99999…): what the designer shows beside the items and warns about when it is not 100.
 *
 * @example
 * weightSum(scheme) // 100
 */
export function weightSum(scheme: Pick<ScoringSchema, 'items'>): number {
  return Math.round(scheme.items.reduce((sum, item) => sum + item.weight, 0) * 100) / 100;
}
