import {
  funnelStages,
  gaugeCompletion,
  periodChange,
  rankLeaderboard,
  type DashboardSchema,
  type DimensionMember,
  type FunnelWidget,
  type KpiWidget,
  type LeaderboardEntry,
  type RecordTableColumn,
  type Widget,
  type WidgetData,
} from '@formwork/runtime';
import type { OrgDirectory } from '../../cells/OrgDirectory.js';
import type { AggregateRequest } from '../../query/checkAggregateQuery.js';
import { maxAggregateRows } from '../../query/AggregateQuery.js';
import type { ActiveFilter } from './DashboardFilterValues.js';
import type { OneAtATime } from './oneAtATime.js';
import { createDimensionLabeler, groupsNeedDirectory, type DimensionLabeler } from './DimensionLabeler.js';
import { pivotData } from './pivotData.js';
import { previousPeriod } from './previousPeriod.js';
import { recordTableData } from './recordTableData.js';
import { numberOf, runWidgetAggregate, widgetMeasures, type WidgetAggregate, type WidgetRun } from './runWidgetAggregate.js';
import { seriesChartData } from './seriesChartData.js';
import { widgetPeriod, widgetRecordFilter } from './widgetRecordFilter.js';

/** The dashboard-wide things a widget's data depends on. */
export interface WidgetDataInputs {
  readonly schema: DashboardSchema;
  readonly filters: readonly ActiveFilter[];
  /** The organisation's names, read at most once per call (member and department groupings, record tables). */
  readonly directory: () => Promise<OrgDirectory>;
  /** The dashboard's reads, one batch or read after another (the store may run a batch's scans side by side). */
  readonly exclusive: OneAtATime;
}

/** Leaderboards without a limit show this many people. */
const defaultLeaderboardSize = 10;

/**
 * One widget's data: one SQL aggregate (two for a KPI card compared with the previous period or
 * a leaderboard's change of rank; a page and a count for a record table), shaped by the runtime's
 * helpers (changes, conversions, ranks, completion) so every client shows the same figures.
 * Throws a WidgetFault when the widget cannot be computed.
 */
export async function computeWidgetData(run: WidgetRun, inputs: WidgetDataInputs): Promise<WidgetData> {
  const { widget } = run;
  const { schema, filters } = inputs;
  const filter = widgetRecordFilter(schema, widget, filters);
  const period = widgetPeriod(schema, widget, filters);
  const previousFilter = period ? widgetRecordFilter(schema, widget, filters, previousPeriod(period)) : undefined;
  const request = (groupBy: AggregateRequest['groupBy'], extra: Partial<AggregateRequest> = {}, withFilter: unknown = filter): AggregateRequest => ({
    measures: widgetMeasures(widget),
    ...(groupBy && groupBy.length > 0 ? { groupBy } : {}),
    ...(withFilter === undefined ? {} : { filter: withFilter }),
    ...extra,
  });
  const groupBy = widget.query.groupBy ?? [];
  const ordering = { ...(widget.query.sort ? { sort: widget.query.sort } : {}), ...(widget.query.limit ? { limit: widget.query.limit } : {}) };
  const labelsFor = async (aggregate: WidgetAggregate): Promise<DimensionLabeler> =>
    createDimensionLabeler(run.source.form, groupsNeedDirectory(run.source.form, aggregate.query.groups) ? await inputs.directory() : undefined);

  switch (widget.type) {
    case 'kpi':
      return kpiData(run, widget, request(undefined), period && widget.compareTo === 'previousPeriod' ? request(undefined, {}, previousFilter) : undefined);
    case 'gauge': {
      const actual = firstValue(await runWidgetAggregate(run, request(undefined)));
      return { type: 'gauge', actual, target: widget.target, completion: gaugeCompletion(actual, widget.target) };
    }
    case 'bar':
    case 'line': {
      const aggregate = await runWidgetAggregate(run, request(groupBy.slice(0, 2), ordering));
      return seriesChartData(widget.type, widget, aggregate, await labelsFor(aggregate));
    }
    case 'pie': {
      const aggregate = await runWidgetAggregate(run, request(groupBy.slice(0, 1), ordering));
      const labels = await labelsFor(aggregate);
      const group = aggregate.query.groups[0];
      return {
        type: 'pie',
        ...dimensionLabels(labels, aggregate, widget),
        slices: aggregate.rows.map((row) => ({ member: group ? labels.member(group, row.keys[0] ?? null) : { value: null, label: widget.title }, value: numberOf(row.values[0]) ?? 0 })),
      };
    }
    case 'funnel':
      return funnelData(run, widget, request(groupBy.slice(0, 1), ordering), labelsFor);
    case 'leaderboard': {
      const byValue = (limit: number) => ({ sort: { by: widgetMeasures(widget)[0]?.id ?? 'count', direction: 'desc' as const }, limit });
      const current = await runWidgetAggregate(run, request(groupBy.slice(0, 1), byValue(widget.query.limit ?? defaultLeaderboardSize)));
      // Ranks of the previous period are taken over everyone ranked then (see rankLeaderboard).
      const previous = period ? await runWidgetAggregate(run, request(groupBy.slice(0, 1), byValue(maxAggregateRows), previousFilter)) : undefined;
      const labels = await labelsFor(current);
      const entries = (aggregate: WidgetAggregate): LeaderboardEntry[] => {
        const group = aggregate.query.groups[0];
        return aggregate.rows.map((row) => ({ member: group ? labels.member(group, row.keys[0] ?? null) : { value: null, label: widget.title }, value: numberOf(row.values[0]) ?? 0 }));
      };
      return { type: 'leaderboard', ...dimensionLabels(labels, current, widget), rows: rankLeaderboard(entries(current), previous ? entries(previous) : undefined) };
    }
    case 'pivot': {
      const aggregate = await runWidgetAggregate(run, request(groupBy, ordering));
      return pivotData(widget, aggregate, await labelsFor(aggregate));
    }
    case 'table': {
      if ((widget.query.measures ?? []).length === 0) {
        const directory = await inputs.directory();
        return inputs.exclusive(() => recordTableData(run, widget, filter, directory));
      }
      // With measures, a table of groups: the grouping values, then the measures.
      const aggregate = await runWidgetAggregate(run, request(groupBy, ordering));
      const labels = await labelsFor(aggregate);
      const columns: RecordTableColumn[] = [
        ...aggregate.query.groups.map((group) => ({ field: group.key, label: labels.fieldLabel(group.field.id) ?? group.field.id })),
        ...aggregate.query.measures.map((measure) => ({ field: measure.id, label: widget.query.measures?.find((m) => m.id === measure.id)?.label ?? measure.id, numeric: true })),
      ];
      return {
        type: 'table',
        columns,
        rows: aggregate.rows.map((row) => ({
          id: JSON.stringify(row.keys),
          cells: [...aggregate.query.groups.map((group, index) => labels.member(group, row.keys[index] ?? null).label), ...row.values.map((value) => numberOf(value))],
        })),
      };
    }
  }
}

async function kpiData(run: WidgetRun, widget: KpiWidget, current: AggregateRequest, previous: AggregateRequest | undefined): Promise<WidgetData> {
  const value = firstValue(await runWidgetAggregate(run, current));
  if (widget.compareTo !== 'previousPeriod') return { type: 'kpi', value };
  // Without a period set (both ends of the bound date range) there is nothing to compare with.
  if (!previous) return { type: 'kpi', value, previous: null, change: null };
  const before = firstValue(await runWidgetAggregate(run, previous));
  return { type: 'kpi', value, previous: before, change: periodChange(value, before) };
}

async function funnelData(run: WidgetRun, widget: FunnelWidget, request: AggregateRequest, labelsFor: (aggregate: WidgetAggregate) => Promise<DimensionLabeler>): Promise<WidgetData> {
  const aggregate = await runWidgetAggregate(run, request);
  const labels = await labelsFor(aggregate);
  const group = aggregate.query.groups[0];
  const counted = aggregate.rows.map((row) => ({ member: group ? labels.member(group, row.keys[0] ?? null) : { value: null, label: widget.title }, count: numberOf(row.values[0]) ?? 0 }));
  let ordered: { member: DimensionMember; count: number }[];
  if (widget.stages && widget.stages.length > 0 && group) {
    // The widget's stage order; a stage without records is 0, so the next conversion stays honest.
    ordered = widget.stages.map((stage) => counted.find((entry) => String(entry.member.value) === stage) ?? { member: labels.member(group, stage), count: 0 });
  } else {
    ordered = [...counted].sort((a, b) => b.count - a.count);
  }
  return { type: 'funnel', ...dimensionLabels(labels, aggregate, widget), stages: funnelStages(ordered) };
}

function firstValue(aggregate: WidgetAggregate): number | null {
  return numberOf(aggregate.rows[0]?.values[0]);
}

function dimensionLabels(labels: DimensionLabeler, aggregate: WidgetAggregate, widget: Widget): { dimensionLabel?: string; valueLabel?: string } {
  const group = aggregate.query.groups[0];
  const dimensionLabel = group ? labels.fieldLabel(group.field.id) : undefined;
  const valueLabel = widget.query.measures?.[0]?.label;
  return { ...(dimensionLabel === undefined ? {} : { dimensionLabel }), ...(valueLabel === undefined ? {} : { valueLabel }) };
}
