/**
 * @formwork/runtime/charts — the dashboard widgets. Load it lazily (`React.lazy(() =>
 * import('@formwork/runtime/charts'))` or a dynamic `import()`): it carries echarts, which the
 * fill page must not download.
 */
export { DashboardView, type DashboardViewProps } from './DashboardView.js';
export { WidgetView, widgetViews, type WidgetViewAnyProps } from './WidgetView.js';
export type { WidgetViewProps } from './WidgetViewProps.js';
export { KpiCard } from './widgets/KpiCard.js';
export { LeaderboardView } from './widgets/LeaderboardView.js';
export { PivotTableView } from './widgets/PivotTableView.js';
export { RecordTableView } from './widgets/RecordTableView.js';
export { ChartWidgetView, type ChartWidgetViewProps } from './widgets/ChartWidgetView.js';
export { chartSpecs } from './specs/chartSpecs.js';
export type { ChartSpec, ChartWidgetType } from './specs/ChartSpec.js';
export { DataTable, type DataTableProps } from './table/DataTable.js';
export type { WidgetTable, TableColumn, TableRow, TableCell, ColumnKind } from './table/WidgetTable.js';
export { toCsv } from './table/toCsv.js';
export { chartMessages, formatChartMessage, type ChartMessageKey } from './chartMessages.js';
