import type { DimensionMember, DrillDown, DrillDownDimension, Widget } from '../../engine/index.js';

/**
 * The drill-down for grouping values of `widget`: `members[i]` is a value of the widget's
 * group-by at `firstLevel + i` (undefined: not narrowed at that level). Undefined when nothing is
 * narrowed, or a value has no grouping to name its field (the data and the schema disagree).
 */
export function drillDownOf(widget: Widget, members: readonly (DimensionMember | undefined)[], firstLevel = 0): DrillDown | undefined {
  const groupBy = widget.query.groupBy ?? [];
  const dimensions: DrillDownDimension[] = [];
  for (const [offset, member] of members.entries()) {
    if (member === undefined) continue;
    const grouping = groupBy[firstLevel + offset];
    if (grouping === undefined) return undefined;
    dimensions.push(grouping.bucket === undefined ? { field: grouping.field, value: member.value } : { field: grouping.field, bucket: grouping.bucket, value: member.value });
  }
  return dimensions.length === 0 ? undefined : { widgetId: widget.id, dimensions };
}
