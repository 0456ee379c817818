import type { TimeBucket, WidgetType } from '../documents/dashboard/DashboardSchema.js';

/**
 * WidgetData: what `POST /api/dashboards/:id/data` answers for each widget, and what the chart
 * widgets draw. Plain JSON (no Dates, no class instances) so that it can be cached and sent as
 * is. Derived numbers (changes, conversions, ranks, completion) are computed by the server with
 * the helpers beside this file, so every client shows the same figures.
 */

/** A value of a grouping: `value` is what a drill-down filters by, `label` what people read. */
export interface DimensionMember {
  readonly value: string | number | boolean | null;
  readonly label: string;
}

/** A change against the previous period; `ratio` is null when the previous value was 0 or absent. */
export interface PeriodChange {
  readonly absolute: number;
  readonly ratio: number | null;
}

export interface KpiData {
  readonly type: 'kpi';
  readonly value: number | null;
  /** Present when the widget compares to the previous period. */
  readonly previous?: number | null;
  /** Null when either period has no value. */
  readonly change?: PeriodChange | null;
}

/** One line or one bar colour: a measure, or (with a second grouping) one value of it. */
export interface ChartSeries {
  readonly id: string;
  readonly label: string;
  /** The second grouping's value this series stands for; absent when the series is a measure. */
  readonly member?: DimensionMember;
  /** One number per category, in category order; null where the group has no records. */
  readonly values: readonly (number | null)[];
}

/** Bar and line charts: categories (the first grouping) × series. */
export interface SeriesChartData<T extends 'bar' | 'line'> {
  readonly type: T;
  /** The first grouping's name, heading the category column of the text alternative. */
  readonly dimensionLabel?: string;
  readonly categories: readonly DimensionMember[];
  readonly series: readonly ChartSeries[];
}

export type BarData = SeriesChartData<'bar'>;
export type LineData = SeriesChartData<'line'>;

export interface PieSlice {
  readonly member: DimensionMember;
  readonly value: number;
}

export interface PieData {
  readonly type: 'pie';
  readonly dimensionLabel?: string;
  readonly valueLabel?: string;
  readonly slices: readonly PieSlice[];
}

export interface FunnelStage {
  readonly member: DimensionMember;
  readonly count: number;
  /** This stage's count over the previous stage's; null for the first stage or after a stage of 0. */
  readonly conversion: number | null;
  /** This stage's count over the first stage's; null when the first stage is 0. */
  readonly overall: number | null;
}

export interface FunnelData {
  readonly type: 'funnel';
  readonly dimensionLabel?: string;
  readonly valueLabel?: string;
  readonly stages: readonly FunnelStage[];
}

export interface GaugeData {
  readonly type: 'gauge';
  readonly actual: number | null;
  readonly target: number;
  /** actual / target; null without an actual value. */
  readonly completion: number | null;
}

export interface LeaderboardRow {
  /** The person (or team); `member.value` is their id. */
  readonly member: DimensionMember;
  readonly value: number;
  /** 1-based; people with equal values share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Rank in the previous period; null when they were not ranked then. */
  readonly previousRank: number | null;
  /** previousRank − rank: positive moved up; null when new. */
  readonly rankChange: number | null;
}

export interface LeaderboardData {
  readonly type: 'leaderboard';
  readonly dimensionLabel?: string;
  readonly valueLabel?: string;
  /** In rank order. */
  readonly rows: readonly LeaderboardRow[];
}

export interface PivotMeasure {
  readonly id: string;
  readonly label: string;
}

/** Row keys × column keys × measures. A key holds one member per grouping on its side. */
export interface PivotData {
  readonly type: 'pivot';
  /** Names of the row groupings (the leading group-bys). */
  readonly rowDimensions: readonly string[];
  /** Names of the column groupings (the last `columnLevels` group-bys). */
  readonly columnDimensions: readonly string[];
  readonly rowKeys: readonly (readonly DimensionMember[])[];
  /** Empty when no grouping spreads across columns: then there is one column per measure. */
  readonly columnKeys: readonly (readonly DimensionMember[])[];
  readonly measures: readonly PivotMeasure[];
  /** `cells[row][column][measure]`; with no column keys, `cells[row][0][measure]`. */
  readonly cells: readonly (readonly (readonly (number | null)[])[])[];
}

export interface RecordTableColumn {
  readonly field: string;
  readonly label: string;
  /** Numbers align right and sort as numbers. */
  readonly numeric?: boolean;
}

export interface RecordTableRow {
  /** The record id, for opening the record. */
  readonly id: string;
  /** Display text (or numbers) aligned with `columns`, formatted by the server as the export does. */
  readonly cells: readonly (string | number | null)[];
}

export interface RecordTableData {
  readonly type: 'table';
  readonly columns: readonly RecordTableColumn[];
  readonly rows: readonly RecordTableRow[];
  /** Records matching in all, when more exist than are listed. */
  readonly total?: number;
}

/** The data shape of each widget type; a new WidgetType without one fails to compile at `WidgetData`. */
export interface WidgetDataByType {
  readonly kpi: KpiData;
  readonly bar: BarData;
  readonly line: LineData;
  readonly pie: PieData;
  readonly funnel: FunnelData;
  readonly gauge: GaugeData;
  readonly leaderboard: LeaderboardData;
  readonly pivot: PivotData;
  readonly table: RecordTableData;
}

export type WidgetData = WidgetDataByType[WidgetType];

/** One grouping value a drill-down narrows to. */
export interface DrillDownDimension {
  /** The grouped field of the widget's form. */
  readonly field: string;
  /** For date fields grouped by a time bucket: `value` is that bucket's key (e.g. `2024-03`). */
  readonly bucket?: TimeBucket;
  readonly value: DimensionMember['value'];
}

/**
 * A click on a bar, slice, stage or table row: which widget, and the grouping values of what was
 * clicked (or the record, in a record table). The host opens the data list filtered to it, in the
 * viewer's own row scope.
 */
export interface DrillDown {
  readonly widgetId: string;
  readonly dimensions: readonly DrillDownDimension[];
  readonly recordId?: string;
}
