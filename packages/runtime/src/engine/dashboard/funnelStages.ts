import { funnelConversion } from './funnelConversion.js';
import type { DimensionMember, FunnelStage } from './WidgetData.js';

/**
 * Funnel stages with their conversions, in the order given (the widget's `stages` order, which the
 * caller applies: it knows the schema). The caller passes a stage without records as a count of
 * 0, so that it shows as 0 rather than as a gap that would make the next conversion look better.
 *
 * @example
 * funnelStages([{ member: lead, count: 200 }, { member: won, count: 50 }])
 * // [{ …lead, conversion: null, overall: 1 }, { …won, conversion: 0.25, overall: 0.25 }]
 */
export function funnelStages(counts: readonly { readonly member: DimensionMember; readonly count: number }[]): FunnelStage[] {
  const conversions = funnelConversion(counts.map((stage) => stage.count));
  return counts.map((stage, index) => ({
    member: stage.member,
    count: stage.count,
    conversion: conversions[index]?.conversion ?? null,
    overall: conversions[index]?.overall ?? null,
  }));
}
