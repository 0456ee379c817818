import type { RecordFilter } from '../RecordFilter.js';

/**
 * DashboardSchema: widgets laid out on a grid, each drawing one server-side aggregate query over
 * the records of a form, plus dashboard-wide filters that narrow every widget they bind to.
 */

/** The current `schemaVersion` of dashboard documents. Older versions are migrated forward on parse. */
export const DASHBOARD_SCHEMA_VERSION = 1;

export interface DashboardSchema {
  readonly kind: 'dashboard';
  readonly schemaVersion: typeof DASHBOARD_SCHEMA_VERSION;
  readonly title: string;
  readonly description?: string;
  readonly widgets: readonly Widget[];
  readonly filters?: readonly DashboardFilter[];
  /**
   * Whose data the widgets count: `viewer` (absent: the default) — only the records the viewer's
   * row scope lets them see, so a rep's dashboard counts the rep's own records; `all` — every
   * record of the widgets' forms, for numbers meant for everyone (a team leaderboard, the team's
   * progress, 全员可见), chosen by an admin. Records themselves (record tables, drill-downs) are
   * always shown in the viewer's own scope.
   */
  readonly dataScope?: DashboardDataScope;
}

export type DashboardDataScope = 'viewer' | 'all';

export type WidgetType = 'kpi' | 'bar' | 'line' | 'pie' | 'funnel' | 'gauge' | 'leaderboard' | 'pivot' | 'table';

/** Place on a 12-column grid, in grid cells. */
export interface WidgetLayout {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type TimeBucket = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One grouping dimension: a field, and for date fields the time bucket. */
export interface GroupBy {
  readonly field: string;
  readonly bucket?: TimeBucket;
}

export type MeasureOp = 'count' | 'sum' | 'avg' | 'min' | 'max' | 'distinct';

export interface Measure {
  /** Names the measure in `sort` and in the widget's legend. */
  readonly id: string;
  readonly op: MeasureOp;
  /** The field measured; required except for `count`. */
  readonly field?: string;
  readonly label?: string;
}

/** An aggregate the server computes in SQL: group the form's records, measure each group. */
export interface DataQuery {
  /** A stored form id, or a form key in an app bundle. */
  readonly formId: string;
  readonly groupBy?: readonly GroupBy[];
  /** Absent: one `count`. A `table` without measures lists records instead. */
  readonly measures?: readonly Measure[];
  readonly filter?: RecordFilter;
  /** `by`: a measure id or a grouped field. */
  readonly sort?: { readonly by: string; readonly direction: 'asc' | 'desc' };
  readonly limit?: number;
}

interface WidgetBase<T extends WidgetType> {
  readonly id: string;
  readonly type: T;
  readonly title: string;
  readonly query: DataQuery;
  readonly layout: WidgetLayout;
}

/** One number, optionally against the previous period. */
export interface KpiWidget extends WidgetBase<'kpi'> {
  readonly compareTo?: 'previousPeriod';
  readonly unit?: string;
}

export interface BarWidget extends WidgetBase<'bar'> {
  readonly stacked?: boolean;
  readonly horizontal?: boolean;
}

export interface LineWidget extends WidgetBase<'line'> {
  readonly stacked?: boolean;
  readonly area?: boolean;
}

export interface PieWidget extends WidgetBase<'pie'> {
  readonly donut?: boolean;
}

/** Stages are the values of the first group-by, in `stages` order; conversion between neighbours is shown. */
export interface FunnelWidget extends WidgetBase<'funnel'> {
  readonly stages?: readonly string[];
}

/** Completion of a target: the first measure against `target`. */
export interface GaugeWidget extends WidgetBase<'gauge'> {
  readonly target: number;
  readonly unit?: string;
}

/** People (the first group-by, usually a member field) ranked by the first measure. */
export type LeaderboardWidget = WidgetBase<'leaderboard'>;

/** Rows are the leading group-bys; the last `columnLevels` group-bys spread across columns. */
export interface PivotWidget extends WidgetBase<'pivot'> {
  readonly columnLevels?: number;
}

export interface TableWidget extends WidgetBase<'table'> {
  /** Field ids shown when listing records. */
  readonly columns?: readonly string[];
  readonly pageSize?: number;
}

export type Widget =
  | KpiWidget
  | BarWidget
  | LineWidget
  | PieWidget
  | FunnelWidget
  | GaugeWidget
  | LeaderboardWidget
  | PivotWidget
  | TableWidget;

/**
 * A control above the widgets narrowing the widgets it binds: a date range (the period), a member
 * (person), a department (with its sub-departments), or `field`: any field, equal to one of the
 * chosen values.
 */
export interface DashboardFilter {
  readonly id: string;
  readonly label: string;
  readonly kind: DashboardFilterKind;
  /** Widget id → the field of that widget's form the filter applies to. */
  readonly bindings: Readonly<Record<string, string>>;
}

export type DashboardFilterKind = 'dateRange' | 'member' | 'department' | 'field';
