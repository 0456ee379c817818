import { useId, type ComponentType } from 'react';
import type { DrillDown, Locale, Widget, WidgetData, WidgetType } from '../../engine/index.js';
import { formatChartMessage } from './chartMessages.js';
import { chartSpecs } from './specs/chartSpecs.js';
import { ChartWidgetView } from './widgets/ChartWidgetView.js';
import { KpiCard } from './widgets/KpiCard.js';
import { LeaderboardView } from './widgets/LeaderboardView.js';
import { PivotTableView } from './widgets/PivotTableView.js';
import { RecordTableView } from './widgets/RecordTableView.js';
import type { WidgetViewProps } from './WidgetViewProps.js';

/** The component of each widget type; a new WidgetType fails to compile here until it has one. */
export const widgetViews: { readonly [T in WidgetType]: ComponentType<WidgetViewProps<T>> } = {
  kpi: KpiCard,
  bar: function BarChartView(props) {
    return <ChartWidgetView spec={chartSpecs.bar} {...props} />;
  },
  line: function LineChartView(props) {
    return <ChartWidgetView spec={chartSpecs.line} {...props} />;
  },
  pie: function PieChartView(props) {
    return <ChartWidgetView spec={chartSpecs.pie} {...props} />;
  },
  funnel: function FunnelChartView(props) {
    return <ChartWidgetView spec={chartSpecs.funnel} {...props} />;
  },
  gauge: function GaugeChartView(props) {
    return <ChartWidgetView spec={chartSpecs.gauge} {...props} />;
  },
  leaderboard: LeaderboardView,
  pivot: PivotTableView,
  table: RecordTableView,
};

export interface WidgetViewAnyProps {
  readonly widget: Widget;
  /** Undefined while it loads or when the server sent none. */
  readonly data: WidgetData | undefined;
  readonly locale: Locale;
  readonly onDrillDown?: ((drill: DrillDown) => void) | undefined;
}

/**
 * Any widget with its data. Data of another type (a dashboard republished between the fetch of the
 * schema and of the data) is said, not drawn wrong.
 */
export function WidgetView({ widget, data, locale, onDrillDown }: WidgetViewAnyProps) {
  if (data === undefined || data.type !== widget.type) {
    return <WidgetNotice title={widget.title} text={formatChartMessage(locale, data === undefined ? 'noData' : 'dataMismatch')} />;
  }
  // The check above pairs the widget with data of its type; TypeScript cannot follow it through the map.
  const View = widgetViews[widget.type] as ComponentType<WidgetViewProps<WidgetType>>;
  return <View widget={widget} data={data} locale={locale} onDrillDown={onDrillDown} />;
}

function WidgetNotice({ title, text }: { title: string; text: string }) {
  const titleId = useId();
  return (
    <section className="fw-widget" aria-labelledby={titleId}>
      <header className="fw-widget__header">
        <h3 id={titleId} className="fw-widget__title">
          {title}
        </h3>
      </header>
      <p className="fw-widget__note">{text}</p>
    </section>
  );
}
