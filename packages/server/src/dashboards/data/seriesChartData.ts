import type { ChartSeries, DimensionMember, SeriesChartData, Widget } from '@formwork/runtime';
import type { DimensionLabeler } from './DimensionLabeler.js';
import { numberOf, type WidgetAggregate } from './runWidgetAggregate.js';

/**
 * Bar and line data from one aggregate: categories are the first grouping's values in the
 * aggregate's order; with a second grouping each of its values is a series of the first measure
 * (a stacked bar: revenue by month, one colour per region), else each measure is a series. A
 * category a series has no group for is null, not 0: "no records" is not "zero".
 */
export function seriesChartData<T extends 'bar' | 'line'>(type: T, widget: Widget, aggregate: WidgetAggregate, labels: DimensionLabeler): SeriesChartData<T> {
  const [first, second] = aggregate.query.groups;
  const categories: DimensionMember[] = [];
  const categoryIndex = new Map<string, number>();
  const keyOf = (value: unknown): string => `${typeof value}:${String(value)}`;
  for (const row of aggregate.rows) {
    const value = first ? (row.keys[0] ?? null) : null;
    const key = keyOf(value);
    if (categoryIndex.has(key)) continue;
    categoryIndex.set(key, categories.length);
    categories.push(first ? labels.member(first, value) : { value: null, label: widget.title });
  }
  const measureLabel = (index: number): string => {
    const measure = aggregate.query.measures[index];
    const declared = widget.query.measures?.find((candidate) => candidate.id === measure?.id);
    return declared?.label ?? measure?.id ?? '';
  };
  const series: ChartSeries[] = [];
  if (second) {
    const bySeries = new Map<string, { member: DimensionMember; values: (number | null)[] }>();
    for (const row of aggregate.rows) {
      const seriesValue = row.keys[1] ?? null;
      const key = keyOf(seriesValue);
      let entry = bySeries.get(key);
      if (!entry) {
        entry = { member: labels.member(second, seriesValue), values: categories.map(() => null) };
        bySeries.set(key, entry);
      }
      const index = categoryIndex.get(keyOf(row.keys[0] ?? null));
      if (index !== undefined) entry.values[index] = numberOf(row.values[0]);
    }
    for (const [key, entry] of bySeries) series.push({ id: key.slice(key.indexOf(':') + 1), label: entry.member.label, member: entry.member, values: entry.values });
  } else {
    aggregate.query.measures.forEach((measure, measureIndex) => {
      const values: (number | null)[] = categories.map(() => null);
      for (const row of aggregate.rows) {
        const index = categoryIndex.get(keyOf(first ? (row.keys[0] ?? null) : null));
        if (index !== undefined) values[index] = numberOf(row.values[measureIndex]);
      }
      series.push({ id: measure.id, label: measureLabel(measureIndex), values });
    });
  }
  const dimensionLabel = first ? labels.fieldLabel(first.field.id) : undefined;
  return { type, ...(dimensionLabel === undefined ? {} : { dimensionLabel }), categories, series };
}
